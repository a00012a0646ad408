using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Infrastructure.Audit;

/// <summary>
/// A line in partition 0 that holds the head (sequence and hash) of every partition at a moment
/// (decision 069). It is chained and keyed like any line, so anchoring it outside the database anchors
/// every partition: a partition cut short below a checkpoint no longer verifies.
/// Its reason reads <c>&lt;partition&gt;:&lt;sequence&gt;:&lt;hash&gt;</c>, space-separated.
/// </summary>
public static class AuditCheckpoint
{
    public const string EntityType = "AuditTrail";

    /// <summary>Writes a checkpoint of the current heads and returns it; the last one when nothing was written since.</summary>
    public static async Task<AuditEntry?> WriteAsync(ZichtDb db, CancellationToken ct)
    {
        // Chain the reads written so far first, so the checkpoint (and an anchor of it) covers them too.
        await AuditSeal.SealAllAsync(db, ct);
        var last = await db.AuditTrail.AsNoTracking().Where(a => !a.Unsealed).OrderByDescending(a => a.Sequence).FirstOrDefaultAsync(ct);
        if (last is null || last.Action == AuditActions.Checkpoint && last.EntityType == EntityType)
        {
            return last;
        }
        var tops = db.AuditTrail.Where(a => !a.Unsealed).GroupBy(a => a.Partition).Select(g => g.Max(a => a.Sequence));
        var heads = await db.AuditTrail.AsNoTracking().Where(a => tops.Contains(a.Sequence))
            .OrderBy(a => a.Partition).Select(a => new { a.Partition, a.Sequence, a.Hash }).ToListAsync(ct);
        var line = new AuditEntry
        {
            ActorName = "system:audit-checkpoint",
            Action = AuditActions.Checkpoint,
            EntityType = EntityType,
            Reason = string.Join(' ', heads.Select(h => string.Create(CultureInfo.InvariantCulture, $"{h.Partition}:{h.Sequence}:{h.Hash}"))),
            PreviousHash = "",
            Hash = "",
        };
        db.PendingAuditLines.Add(line);
        await db.SaveChangesAsync(ct);
        return line;
    }

    /// <summary>The heads a checkpoint line holds: sequence → (partition, hash). Unreadable parts are skipped (its values hash catches an edit).</summary>
    public static IEnumerable<(long Sequence, int Partition, string Hash)> HeadsOf(AuditEntry checkpoint)
    {
        foreach (var part in (checkpoint.Reason ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = part.Split(':');
            if (fields.Length == 3 && int.TryParse(fields[0], CultureInfo.InvariantCulture, out var partition)
                && long.TryParse(fields[1], CultureInfo.InvariantCulture, out var sequence))
            {
                yield return (sequence, partition, fields[2]);
            }
        }
    }
}
