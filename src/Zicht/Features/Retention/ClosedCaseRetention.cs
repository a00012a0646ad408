using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.ChildVoice;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Audit;
using Zicht.Kernel;

namespace Zicht.Features.Retention;

/// <summary>
/// The retention rule for closed cases (docs/privacy.md, "Retention"): a case closed longer ago than
/// <c>Zicht:Retention:ClosedCaseYears</c> is removed with everything recorded in it and its uploaded files.
/// What the figures need stays: its trajectory row (dates per step, team; no person) is kept, unlinked from
/// the case. Its audit lines stay in the chain, their personal values erased (the values' hash keeps the chain
/// verifiable) and one erasure line records it. No setting, no removal: the term is the controller's decision.
/// </summary>
public sealed class ClosedCaseRetention(ZichtDb db, IConfiguration configuration, TimeProvider time, UploadStore uploads)
{
    public int? Years => configuration.GetValue<int?>("Zicht:Retention:ClosedCaseYears") is > 0 and var y ? y : null;

    public DateOnly? Cutoff => Years is { } years ? DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddYears(-years) : null;

    /// <summary>Cases closed before the cutoff, oldest first.</summary>
    public async Task<List<Guid>> DueAsync(CancellationToken ct) => Cutoff is { } cutoff
        ? await db.Cases.IgnoreQueryFilters().Where(c => c.ClosedOn != null && c.ClosedOn < cutoff)
            .OrderBy(c => c.ClosedOn).Select(c => c.Id).ToListAsync(ct)
        : [];

    /// <summary>Removes one due case in one transaction; returns how many audit lines had their values erased.</summary>
    public async Task<int> RemoveAsync(Guid caseId, CancellationToken ct)
    {
        // Reads still unsealed would be chained after the erasure line (decision 088): chain them first, and leave
        // any read written in between alone (a read carries no values to erase).
        await AuditSeal.SealAllAsync(db, ct);
        var files = await db.Set<CaseUpload>().IgnoreQueryFilters().Where(u => u.CaseId == caseId).Select(u => u.StorageKey).ToListAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var trajectory = await db.Set<Trajectory>().SingleOrDefaultAsync(t => t.CaseId == caseId, ct);
        if (trajectory is not null)
        {
            trajectory.CaseId = null;
        }
        var removed = await db.Cases.IgnoreQueryFilters().SingleAsync(c => c.Id == caseId, ct);
        db.Cases.Remove(removed);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        // After the removal, so the removal's own lines (which carry the values removed) are erased too.
        var erased = await db.AuditTrail.Where(a => a.CaseId == caseId && a.ValuesErasedAt == null && !a.Unsealed)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Changes, (string?)null).SetProperty(a => a.Reason, (string?)null)
                .SetProperty(a => a.ValuesErasedAt, time.GetUtcNow().UtcDateTime), ct);
        db.RecordAudit(AuditActions.Erase, nameof(Case), caseId.ToString(), caseId, $"retention: closed case removed, values of {erased} audit lines erased");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        foreach (var key in files)
        {
            await uploads.DeleteAsync(key, ct);
        }
        return erased;
    }
}
