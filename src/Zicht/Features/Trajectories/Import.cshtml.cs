using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;

namespace Zicht.Features.Trajectories;

/// <summary>
/// Upload of a trajectory file by an administrator or data steward: all or nothing, and when rejected
/// a report of every bad row (line, column, value, reason), so the file can be fixed in one go.
/// </summary>
[Authorize(Policy = Policies.TrajectoryImport)]
[RequestSizeLimit(512L * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 512L * 1024 * 1024)]
public class ImportModel(TrajectoryImport import, IStringLocalizer<SharedText> t, ILogger<ImportModel> log) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public bool CreateMissing { get; set; }

    public ImportOutcome? Outcome { get; private set; }
    public string? FileName { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), t["Choose a CSV file."]);
            return Page();
        }
        FileName = Path.GetFileName(Upload.FileName);
        using var reader = new StreamReader(Upload.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        Outcome = await import.ImportAsync(reader, FileName, CreateMissing, new LoggedProgress(log), ct);
        if (!Outcome.Accepted)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        return Page();
    }

    /// <summary>A long import shows in the log as it goes (a count only, never a value from the file).</summary>
    private sealed class LoggedProgress(ILogger log) : IProgress<int>
    {
        public void Report(int value) => log.LogInformation("Trajectory import: {Rows} rows read", value);
    }
}
