using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.CaseReports;
using Zicht.Features.Casework;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Features.Evaluations;

/// <summary>
/// The six-monthly evaluation report of a case (wish 9): without <c>reportId</c> the open draft, or a new report for the
/// next period pre-filled from the records; with it, that report. The worker answers the guiding questions beside
/// what the records show; saving keeps a draft (version-checked), finalising makes it read-only. Case access and the
/// audit trail as for the other case reports; a PDF download is recorded as an export.
/// </summary>
[PrintableAsPdf]
[Authorize(Policy = Policies.CaseWork)]
public class EvaluationModel(CaseworkServices services) : CaseworkPageModel(services)
{
    [BindProperty] public Dictionary<string, string?> Answers { get; set; } = [];
    [BindProperty] public int Version { get; set; }

    /// <summary>The stored report shown; null when the next one is not started yet.</summary>
    public EvaluationReport? Report { get; private set; }
    public EvaluationFacts Facts { get; private set; } = null!;
    public List<EvaluationReport> Others { get; private set; } = [];
    public List<CasePerson> Minors { get; private set; } = [];
    public bool Printing { get; private set; }
    public bool Editable => CanRecord && Report?.Final != true && !Printing;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? reportId, bool pdfFile = false, CancellationToken ct = default)
    {
        if (!await OpenAsync(id, CaseOperation.Read, "EvaluationReport") || !await LoadAsync(reportId, ct))
        {
            return NotFound();
        }
        Answers = Report?.Answers().ToDictionary(a => a.Key, a => (string?)a.Value) ?? [];
        Version = Report?.Version ?? 0;
        if (pdfFile)
        {
            Printing = true;
            Db.RecordAudit(AuditActions.Export, "EvaluationReport", (Report?.Id ?? id).ToString(), id);
            await Db.SaveChangesAsync(ct);
            PrintableAsPdfAttribute.Request(HttpContext, $"evaluatieverslag-{Case.Reference}-{Facts.From:yyyy-MM-dd}.pdf", subject: T["Six-monthly evaluation report"]);
        }
        return Page();
    }

    /// <summary>Saves the answers as a draft, or (<paramref name="finalise"/>) saves and finalises the report.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, Guid? reportId, bool finalise = false, CancellationToken ct = default)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "EvaluationReport") || !await LoadAsync(reportId, ct))
        {
            return NotFound();
        }
        if (Report?.Final == true)
        {
            ModelState.AddModelError("", T["This report was finalised; it can no longer be changed."]);
            return Page();
        }
        foreach (var q in EvaluationQuestions.All.Where(q => Answers.GetValueOrDefault(q.Key)?.Length > q.MaxLength))
        {
            ModelState.AddModelError($"Answers[{q.Key}]", T["At most {1} characters.", 0, q.MaxLength]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var report = Report ?? new EvaluationReport { CaseId = id, PeriodFrom = Facts.From, PeriodTo = Facts.To, CreatedByName = ActorName };
        report.SetAnswers(Answers);
        if (finalise)
        {
            (report.FinalisedOn, report.FinalisedByName) = (Today, ActorName);
        }
        if (!await SaveReportAsync(report, ct))
        {
            return Page();
        }
        TempData["Flash"] = (finalise ? T["The evaluation report was finalised."] : T["Draft saved."]).Value;
        return Redirect($"/dossiers/{id}/verslagen/halfjaarlijks/{report.Id}");
    }

    private async Task<bool> SaveReportAsync(EvaluationReport report, CancellationToken ct)
    {
        var conflict = T["Someone else changed this report while you were writing. Your text is still in the form; save again to keep it."];
        if (Report is not null)
        {
            (var saved, Version) = await SaveEditAsync(report, Version, conflict);
            return saved;
        }
        Db.Add(report);
        try
        {
            return await SaveAsync(conflict);
        }
        catch (DbUpdateException)
        {
            // A colleague started the report of this period at the same moment (unique case + period).
            Db.ChangeTracker.Clear();
            ModelState.AddModelError("", T["A colleague started this report meanwhile. Open it again; your text is still in the form."]);
            return false;
        }
    }

    private async Task<bool> LoadAsync(Guid? reportId, CancellationToken ct)
    {
        var reports = await Db.Set<EvaluationReport>().Where(r => r.CaseId == Case.Id).OrderByDescending(r => r.PeriodFrom).ToListAsync(ct);
        Report = reportId is { } wanted ? reports.FirstOrDefault(r => r.Id == wanted) : reports.FirstOrDefault(r => !r.Final);
        if (reportId is not null && Report is null)
        {
            return false;
        }
        var lastFinal = reports.Where(r => r.Final).Select(r => (DateOnly?)r.PeriodTo).Max();
        var (from, to) = Report is null ? EvaluationCadence.NextPeriod(Case.ReferralDate, lastFinal) : (Report.PeriodFrom, Report.PeriodTo);
        Facts = await EvaluationFacts.LoadAsync(Db, Case, from, to, ct);
        Others = reports.Where(r => r != Report).ToList();
        Minors = await Db.CasePeople.AsNoTracking().Where(p => p.CaseId == Case.Id && p.Role == PersonRole.Minor).OrderBy(p => p.BirthDate).ToListAsync(ct);
        return true;
    }
}
