using Microsoft.AspNetCore.Mvc;

namespace Zicht.Features.CaseAudits;

/// <summary>
/// Both scorings side by side, differences first, with the seed's question "Why do I give that number,
/// why did you give that number?" (001:7762). Only once both are submitted; until then a direct URL
/// sends the participant back without showing anything of the other's scoring.
/// </summary>
public class CompareModel(AuditServices services) : AuditPageModel(services)
{
    public sealed record Row(AuditPrinciple Principle, ScaleQuestion Question, AuditScore? Worker, AuditScore? Reviewer)
    {
        public int? Difference => Worker?.Score is { } w && Reviewer?.Score is { } r ? r - w : null;
    }

    public List<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid auditId, CancellationToken ct)
    {
        if (!await OpenAsync(id, auditId, ct) || Audit.Kind != AuditKind.CaseAudit)
        {
            return NotFound();
        }
        if (!BothSubmitted)
        {
            TempData["Flash"] = T["The comparison opens once both scorings are submitted."].Value;
            return Redirect(Link());
        }
        var worker = await ScoresAsync(AuditRole.Worker, ct);
        var reviewer = await ScoresAsync(AuditRole.Reviewer, ct);
        // Differences first, the largest on top; "don't know" next; agreement last. Template order breaks ties.
        Rows = Template.ScaleQuestions
            .Select(x => new Row(x.Principle, x.Question, worker.FirstOrDefault(s => s.Question == x.Question.Code), reviewer.FirstOrDefault(s => s.Question == x.Question.Code)))
            .OrderBy(r => r.Difference is { } d ? (d == 0 ? 2 : 0) : 1).ThenByDescending(r => Math.Abs(r.Difference ?? 0))
            .ToList();
        return Page();
    }

    /// <summary>Both talked the differences through: on to the appreciative conversation. Scores stay as submitted, for good.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, Guid auditId, CancellationToken ct)
    {
        if (!await OpenAsync(id, auditId, ct) || Audit.Kind != AuditKind.CaseAudit)
        {
            return NotFound();
        }
        if (Status == AuditStatus.ReadyToCompare)
        {
            Audit.ComparedAt = DateTime.UtcNow;
            if (Audit.Conversation is null)
            {
                // Added explicitly: a new entity with its key already set, reached only through a navigation, would be taken for an existing row.
                Db.Add(new AuditConversation { CaseId = Case.Id, AuditId = Audit.Id });
            }
            await Db.SaveChangesAsync(ct);
        }
        return Status is AuditStatus.Scoring ? Redirect(Link()) : Redirect(Link("gesprek"));
    }
}
