using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Quality;

/// <summary>
/// Import and export of formats/quality.md in the web app. The coordinator imports their own provider's
/// self-evaluations; the administration imports for the sector (creating unknown providers on request)
/// and imports inspection findings, as does the inspectorate. All or nothing; a rejected file lists every
/// bad row as <c>line N: column: reason</c>.
/// </summary>
[RequestSizeLimit(32L * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 32L * 1024 * 1024)]
public class ExchangeModel(QualityServices services, QualityImport import) : QualityPageModel(services)
{
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public bool CreateMissing { get; set; }
    [BindProperty] public string Kind { get; set; } = "quality";
    public QualityImportOutcome? Outcome { get; private set; }
    public bool Coordinator { get; private set; }
    public bool Administration => User.Allows(Policies.QualityAdministration);
    public bool Inspections => User.Allows(Policies.QualityInspections);
    public List<int> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await AllowedAsync(ct))
        {
            return NotFound();
        }
        Years = await Db.Set<SelfEvaluation>().Select(e => e.Year).Distinct().OrderDescending().ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var inspections = Kind == "inspections";
        if (!await AllowedAsync(ct) || (inspections ? !Inspections : !(Coordinator || Administration)))
        {
            return NotFound();
        }
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), T["Choose a CSV file."]);
            return Page();
        }
        using var reader = new StreamReader(Upload.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        Outcome = inspections ? await import.ImportInspectionsAsync(reader, ct)
            : await import.ImportSelfEvaluationsAsync(reader, Administration && CreateMissing, Administration ? null : OrganisationId, ct);
        if (!Outcome.Accepted)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        return Page();
    }

    private async Task<bool> AllowedAsync(CancellationToken ct)
    {
        Coordinator = await OpenOwnAsync(ct);
        return Coordinator || Administration || Inspections;
    }
}
