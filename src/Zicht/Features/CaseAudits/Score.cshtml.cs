using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Zicht.Features.CaseAudits;

/// <summary>
/// Scoring alone: every scaling question of the template with a note, beside what the records already
/// show. Submitted once; afterwards the page shows the submitted scoring, read-only, and a second
/// submission is refused with a message.
/// </summary>
public class ScoreModel(AuditServices services) : AuditPageModel(services)
{
    [BindProperty] public List<ScoreInput> Scores { get; set; } = [];
    public CaseEvidence Evidence { get; private set; } = null!;
    public List<AuditScore> Submitted { get; private set; } = [];
    public DateTime? SubmittedAt => Audit.Scorings.FirstOrDefault(s => s.Role == Role)?.SubmittedAt;

    public string? ErrorOf(string key) => ModelState.TryGetValue(key, out var e) && e.Errors.Count > 0 ? e.Errors[0].ErrorMessage : null;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid auditId, CancellationToken ct)
    {
        if (!await OpenAsync(id, auditId, ct) || Audit.Kind != AuditKind.CaseAudit)
        {
            return NotFound();
        }
        Scores = Template.ScaleQuestions.Select(x => new ScoreInput { Question = x.Question.Code }).ToList();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid auditId, CancellationToken ct)
    {
        if (!await OpenAsync(id, auditId, ct) || Audit.Kind != AuditKind.CaseAudit)
        {
            return NotFound();
        }
        await LoadAsync(ct);
        if (SubmittedAt is { } at)
        {
            ModelState.AddModelError("", T["You submitted your scoring on {0}. A submitted scoring cannot change.", at.ToLocalTime().ToString("g")]);
            return Page();
        }
        if (Status == AuditStatus.Stopped)
        {
            ModelState.AddModelError("", T["This audit was stopped; nothing can be added."]);
            return Page();
        }
        var scoring = new AuditScoring { CaseId = Case.Id, AuditId = Audit.Id, Role = Role, ScorerId = Services.Context.StaffId!.Value };
        var aligned = new List<ScoreInput>();
        foreach (var (principle, question) in Template.ScaleQuestions)
        {
            var i = aligned.Count;
            var input = Scores.FirstOrDefault(s => s.Question == question.Code) ?? new ScoreInput { Question = question.Code };
            aligned.Add(input);
            if (!AuditRules.TryReadScore(input.Score, Template, out var score))
            {
                ModelState.AddModelError($"Scores[{i}].Score", T["Give a whole number from {0} to {1}, or leave it empty for “don't know”.", Template.ScaleMin, Template.ScaleMax]);
            }
            var links = input.Evidence.Distinct().Select(key => Evidence.Find(principle, key)).ToList();
            if (links.Any(l => l is null))
            {
                ModelState.AddModelError($"Scores[{i}].Evidence", T["Link only records of this case listed here."]);
            }
            var entry = new AuditScore { CaseId = Case.Id, Principle = principle.Code, Question = question.Code, Score = score, Note = Trim(input.Note) };
            entry.Evidence.AddRange(links.OfType<EvidenceItem>().Select(l => new AuditEvidenceLink { CaseId = Case.Id, Source = l.Source, RecordId = l.Id, Label = l.Label }));
            scoring.Scores.Add(entry);
        }
        Scores = aligned;
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError("", T["Nothing was submitted yet: check the fields marked below."]);
            return Page();
        }
        Db.Add(scoring);
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique (audit, role) index: the same person submitted in another window a moment ago.
            Db.ChangeTracker.Clear();
            ModelState.AddModelError("", T["Your scoring was submitted already (in another window). A submitted scoring cannot change."]);
            return Page();
        }
        var otherIn = HasSubmitted(Role == AuditRole.Worker ? AuditRole.Reviewer : AuditRole.Worker);
        TempData["Flash"] = otherIn ? T["Your scoring is submitted. Both scorings are in: you can compare them now."].Value
            : T["Your scoring is submitted. You will see both scorings side by side once {0} has submitted too.", OtherName].Value;
        return Redirect(Link());
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Evidence = await CaseEvidence.LoadAsync(Db, T, Case.Id, ct);
        if (SubmittedAt is not null)
        {
            Submitted = await ScoresAsync(Role, ct);
        }
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
