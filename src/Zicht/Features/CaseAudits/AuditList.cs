using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Features.CaseAudits;

/// <summary>A line of "my audits": only audits the viewer takes part in, never anyone else's.</summary>
public sealed record AuditLine(Guid Id, Guid CaseId, string CaseReference, AuditKind Kind, AuditRole Role, string Other,
    AuditOccasion Occasion, DateOnly StartedOn, AuditStatus Status, bool MineSubmitted);

public static class AuditList
{
    public static async Task<List<AuditLine>> ForAsync(ZichtDb db, Guid staffId, Guid? caseId, CancellationToken ct)
    {
        var rows = await db.Set<CaseAudit>().AsNoTracking()
            .Where(a => a.WorkerId == staffId || a.ReviewerId == staffId)
            .Where(a => caseId == null || a.CaseId == caseId)
            .OrderByDescending(a => a.StartedOn)
            .Select(a => new
            {
                a.Id,
                a.CaseId,
                a.Case!.Reference,
                a.Kind,
                a.WorkerId,
                a.ReviewerId,
                a.Occasion,
                a.StartedOn,
                a.ComparedAt,
                a.StoppedOn,
                a.ClosedOn,
                Submitted = a.Scorings.Select(s => s.Role).ToList(),
            })
            .ToListAsync(ct);
        var others = rows.Select(r => r.WorkerId == staffId ? r.ReviewerId : r.WorkerId).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => others.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return rows.Select(r =>
        {
            var role = r.WorkerId == staffId ? AuditRole.Worker : AuditRole.Reviewer;
            var other = role == AuditRole.Worker ? r.ReviewerId : r.WorkerId;
            return new AuditLine(r.Id, r.CaseId, r.Reference, r.Kind, role, names.GetValueOrDefault(other, "?"), r.Occasion, r.StartedOn,
                AuditRules.StatusOf(r.Kind, r.Submitted, r.ComparedAt, r.ClosedOn, r.StoppedOn), r.Submitted.Contains(role));
        }).ToList();
    }
}
