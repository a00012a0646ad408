using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Features.Sgog;

/// <summary>
/// Erasing an incident's personal content (decision 044): every text, the day it happened, the people, the
/// escalations, the attachments, and the report's content and summary note. Kept: the register number, the
/// recording day, the decision, the evaluation day, whether the child's view was recorded, and the report's
/// steps (sent, read, inspectorate, note returned), so the figures do not change. The audit trail never held
/// these values (<c>[AuditRedacted]</c>), so nothing in it is touched and its chain stays verifiable; the
/// erasure itself is a line of its own.
/// </summary>
public static class SgogErasure
{
    public const string AuditAction = "Erase";

    public static bool IsDue(SgogIncident incident, SgogReport? report, DateOnly today, int retentionYears) =>
        incident.ErasedOn is null && IncidentRules.ClosedOn(incident, report) is { } closed && closed.AddYears(retentionYears) <= today;

    /// <summary>Loads what erasure touches for these incidents (texts, people, escalations, report with sections).</summary>
    public static IQueryable<SgogIncident> WithContent(ZichtDb db) =>
        db.Set<SgogIncident>().Include(i => i.People).Include(i => i.Escalations).Include(i => i.Report).ThenInclude(r => r!.Sections).AsSplitQuery();

    /// <summary>Erases in the tracked context; the caller saves (one transaction with the audit lines).</summary>
    public static async Task EraseAsync(ZichtDb db, SgogIncident incident, ErasureGround ground, DateOnly today, Guid? by, CancellationToken ct)
    {
        foreach (var text in IncidentInput.TextFields)
        {
            db.Entry(incident).Property(text).CurrentValue = null;
        }
        (incident.OccurredOn, incident.DecisionReason) = (null, null);
        incident.People.Clear();
        incident.Escalations.Clear();
        // Attachments go without reading their bytes: a key is enough to delete a row.
        var files = await db.Set<SgogFile>().Where(f => f.IncidentId == incident.Id).Select(f => f.Id).ToListAsync(ct);
        foreach (var id in files)
        {
            db.Remove(new SgogFile { Id = id, OriginalName = "", ContentType = "", Content = [] });
        }
        if (incident.Report is { } report)
        {
            report.Sections.Clear();
            report.SummaryNote = null;
            report.ErasedOn = today;
        }
        (incident.ErasedOn, incident.ErasedById, incident.ErasureGround) = (today, by, ground);
        db.RecordAudit(AuditAction, nameof(SgogIncident), incident.Id.ToString(), caseId: null, reason: ground.ToString());
    }

    public static async Task<int> DueCountAsync(ZichtDb db, DateOnly today, int retentionYears, CancellationToken ct) =>
        (await db.Set<SgogIncident>().AsNoTracking().Where(i => i.ErasedOn == null && i.EvaluatedOn != null)
            .Select(IncidentRules.Facts).ToListAsync(ct))
        .Count(i => IsDue(i, i.Report, today, retentionYears));

    /// <summary>Erases every incident whose retention has run out (all providers, or one); returns how many.</summary>
    public static async Task<int> EraseDueAsync(ZichtDb db, Guid? provider, DateOnly today, int retentionYears, Guid? by, CancellationToken ct)
    {
        // Candidates are few: evaluated and not erased. The closing rule is applied in C# (IncidentRules.ClosedOn).
        var candidates = await WithContent(db)
            .Where(i => i.ErasedOn == null && i.EvaluatedOn != null && (provider == null || i.OrganisationId == provider)).ToListAsync(ct);
        var due = candidates.Where(i => IsDue(i, i.Report, today, retentionYears)).ToList();
        foreach (var incident in due)
        {
            await EraseAsync(db, incident, ErasureGround.RetentionExpired, today, by, ct);
        }
        if (due.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }
        return due.Count;
    }
}
