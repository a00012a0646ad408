using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;

namespace Zicht.Features.StaffSurvey;

/// <summary>
/// An administrator imports a past staff-survey wave from a survey tool's CSV export (the same import as
/// <c>zicht import staff-wave</c>): all or nothing, and every bad cell listed as <c>line N: column: reason</c>.
/// </summary>
[Authorize(Policy = Policies.Administration)]
[RequestSizeLimit(MaxBytes + 64 * 1024)]
public class ImportWaveModel(BaselineImport import, IStringLocalizer<SharedText> t) : PageModel
{
    public const int MaxBytes = 5 * 1024 * 1024;

    [BindProperty] public string? Title { get; set; }
    [BindProperty] public DateOnly? Opened { get; set; }
    [BindProperty] public DateOnly? Closed { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var problems = new List<string>();
        if (Upload is null || Upload.Length == 0)
        {
            problems.Add(t["file: choose the survey tool's CSV export"]);
        }
        else if (Upload.Length > MaxBytes)
        {
            problems.Add(t["file: larger than 5 MB"]);
        }
        if (Opened is null)
        {
            problems.Add(t["opened: give the first day the survey ran"]);
        }
        if (Closed is null)
        {
            problems.Add(t["closed: give the last day the survey ran"]);
        }
        if (problems.Count > 0)
        {
            Problems = problems;
            return Page();
        }
        using var reader = new StreamReader(Upload!.OpenReadStream());
        var outcome = await import.ImportAsync(reader, Title ?? "", Opened!.Value, Closed!.Value, ct);
        if (outcome.Problems.Count > 0)
        {
            Problems = outcome.Problems;
            return Page();
        }
        TempData["Flash"] = t["Imported {0} answer sets as a closed wave.", outcome.Responses].Value;
        return RedirectToPage("/StaffSurvey/Index");
    }
}
