using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Zicht.Data;

namespace Zicht.Infrastructure.Audit;

/// <summary>
/// Wraps every SaveChanges: bumps concurrency versions, refuses edits to the trail, turns the tracked
/// changes into audit lines and appends them to the hash chain in the same transaction as the change,
/// and runs the work of every <see cref="IDerivedRows"/> (rows other features derive from the change) in
/// that same transaction: one user action, one transaction.
/// </summary>
internal static class AuditedSave
{
    public static async Task<int> RunAsync(ZichtDb db, Func<Task<int>> save, CancellationToken ct)
    {
        var tracked = db.ChangeTracker.Entries().ToList();
        RefuseTrailEdits(tracked);
        BumpVersions(tracked);
        var lines = AuditCollector.Collect(db, tracked);
        var pending = db.PendingAuditLines.ToList();
        lines.AddRange(pending);
        db.PendingAuditLines.Clear();
        var derived = ZichtDb.DerivedRows.Select(d => d.Plan(db, tracked)).OfType<DerivedWork>().ToList();
        if (lines.Count == 0 && derived.Count == 0)
        {
            return await save();
        }
        if (derived.Count == 0 && lines.Count == pending.Count && ReadsGoUnsealed(db, pending))
        {
            // Only reads, nothing changed: no chain lock and no transaction of their own (decision 088).
            try
            {
                await AuditChain.AppendUnsealedAsync(db, pending, ct);
            }
            catch
            {
                // The reads not yet written go with the next save (as before: a read that happened stays recorded).
                foreach (var line in pending.Where(l => l.Sequence == 0))
                {
                    line.Unsealed = false;
                    db.PendingAuditLines.Add(line);
                }
                throw;
            }
            return await save();
        }

        var ownsTransaction = db.Database.CurrentTransaction is null;
        await using var transaction = ownsTransaction ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            if (lines.Count > 0)
            {
                await AuditChain.AppendAsync(db, lines, ct);
            }
            foreach (var work in derived.Where(w => w.BeforeSave is not null))
            {
                await work.BeforeSave!(ct);
            }
            var written = await save();
            foreach (var work in derived.Where(w => w.AfterSave is not null))
            {
                await work.AfterSave!(ct);
            }
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
            return written;
        }
        catch
        {
            // The change failed (e.g. a concurrency conflict): its audit lines must not linger in
            // the context and be written later by an unrelated save.
            foreach (var line in lines)
            {
                db.Entry(line).State = EntityState.Detached;
            }
            // A read recorded before the failed change still happened: it goes with the next save.
            db.PendingAuditLines.AddRange(pending);
            db.ChainHead = null;
            throw;
        }
    }

    /// <summary>
    /// Reads are written unsealed unless <c>Zicht:AuditReadsUnsealed</c> is false (then chained at once, as before 088).
    /// </summary>
    private static bool ReadsGoUnsealed(ZichtDb db, List<AuditEntry> pending) =>
        pending.TrueForAll(l => l.Action == AuditActions.Read)
        && db.GetService<IConfiguration>().GetValue("Zicht:AuditReadsUnsealed", true);

    private static void RefuseTrailEdits(List<EntityEntry> tracked)
    {
        if (tracked.Any(e => e.Entity is AuditEntry && e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("The audit trail is append-only.");
        }
    }

    private static void BumpVersions(List<EntityEntry> tracked)
    {
        foreach (var entry in tracked.Where(e => e.State == EntityState.Modified && e.Entity is IVersioned))
        {
            var versioned = (IVersioned)entry.Entity;
            versioned.Version = (int)entry.Property(nameof(IVersioned.Version)).OriginalValue! + 1;
        }
    }
}
