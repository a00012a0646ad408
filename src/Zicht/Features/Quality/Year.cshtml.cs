using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Audit;

namespace Zicht.Features.Quality;

/// <summary>
/// A provider's self-evaluation of one year: who took part and how, every department's score per
/// domain, the organisation's level (lowest department, with the department that sets it) and per work
/// form, inspection findings beside, and what became of last year's actions. Submitting needs all 16
/// domains for every department.
/// </summary>
public class YearModel(QualityServices services) : QualityPageModel(services)
{
    public QualityYear Data { get; private set; } = null!;
    [BindProperty] public string? Participants { get; set; }
    [BindProperty] public List<EvaluationMethods> Methods { get; set; } = [];
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken ct)
    {
        if (!await OpenOwnAsync(ct) || !QualityInputs.IsYear(year))
        {
            return NotFound();
        }
        await LoadAsync(year, ct);
        Participants = Data.Evaluation?.Participants;
        Methods = Enum.GetValues<EvaluationMethods>().Where(m => m != EvaluationMethods.None && Data.Evaluation?.Methods.HasFlag(m) == true).ToList();
        Version = Data.Evaluation?.Version ?? 0;
        Db.RecordAudit(AuditActions.Read, nameof(SelfEvaluation), $"{OrganisationId}/{year}", null);
        return Page();
    }

    public async Task<IActionResult> OnPostDetailsAsync(int year, CancellationToken ct)
    {
        if (!await OpenOwnAsync(ct) || !QualityInputs.IsYear(year))
        {
            return NotFound();
        }
        var evaluation = await EvaluationAsync(year, ct);
        evaluation.Participants = Trim(Participants);
        evaluation.Methods = Methods.Aggregate(EvaluationMethods.None, (all, m) => all | m);
        evaluation.UpdatedAt = Now;
        if (!await SaveAsync(T["Someone else changed this self-evaluation while you were editing. Your input is kept below; check and save again."], ct))
        {
            return await ReloadAsync(year, ct);
        }
        TempData["Flash"] = T["Saved."].Value;
        return Redirect($"/kwaliteit/zelfevaluatie/{year}");
    }

    public async Task<IActionResult> OnPostSubmitAsync(int year, CancellationToken ct)
    {
        if (!await OpenOwnAsync(ct) || !QualityInputs.IsYear(year))
        {
            return NotFound();
        }
        await LoadAsync(year, ct);
        if (Data.Evaluation is null || !Data.CanSubmit)
        {
            ModelState.AddModelError("", T["Not submitted: every department must score all {0} domains first (see the list below).", QualityDomainCatalog.Domains.Count]);
            return Page();
        }
        var evaluation = await EvaluationAsync(year, ct);
        evaluation.Status = SelfEvaluationStatus.Submitted;
        evaluation.SubmittedAt = Now;
        evaluation.UpdatedAt = Now;
        if (!await SaveAsync(T["Someone else changed this self-evaluation while you were editing. Your input is kept below; check and save again."], ct))
        {
            return await ReloadAsync(year, ct);
        }
        TempData["Flash"] = T["The self-evaluation of {0} is submitted.", year].Value;
        return Redirect($"/kwaliteit/zelfevaluatie/{year}");
    }

    private async Task<SelfEvaluation> EvaluationAsync(int year, CancellationToken ct)
    {
        var evaluation = await Db.Set<SelfEvaluation>().FirstOrDefaultAsync(e => e.OrganisationId == OrganisationId && e.Year == year, ct);
        if (evaluation is null)
        {
            evaluation = new SelfEvaluation { OrganisationId = OrganisationId, Year = year, UpdatedAt = Now };
            Db.Add(evaluation);
            return evaluation;
        }
        Db.Entry(evaluation).Property(e => e.Version).OriginalValue = Version;
        return evaluation;
    }

    private async Task<IActionResult> ReloadAsync(int year, CancellationToken ct)
    {
        await LoadAsync(year, ct);
        ModelState.Remove(nameof(Version));
        Version = Data.Evaluation?.Version ?? 0;
        return Page();
    }

    private async Task LoadAsync(int year, CancellationToken ct) => Data = await QualityYear.LoadAsync(Db, OrganisationId, year, ct);
}
