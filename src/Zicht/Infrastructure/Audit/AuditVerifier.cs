using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Infrastructure.Audit;

/// <summary>What verification found: the first break (with what kind), or an intact trail.</summary>
/// <summary><paramref name="Unsealed"/>: reads not yet chained (decision 088), each checked against its own keyed MAC.</summary>
public sealed record AuditVerification(long Checked, long? BrokenAt, string? Problem, long Erased, long Unsealed = 0)
{
    public bool Intact => BrokenAt is null;
}

/// <summary>
/// Walks the whole trail in order and checks each line against the line before it in its partition:
/// keyed hash right, linked, values matching their hash unless erased, and an erasure only where a later
/// line records it. Then every head a checkpoint holds, and every anchor kept outside the database, must
/// still be in the trail with the same hash (decision 069).
/// </summary>
public static class AuditVerifier
{
    public static async Task<AuditVerification> VerifyAsync(
        ZichtDb db, IReadOnlyList<AuditAnchor>? anchors, IProgress<long>? progress, CancellationToken ct)
    {
        var key = db.AuditKey;
        var wanted = (anchors ?? []).GroupBy(a => a.Sequence).ToDictionary(g => g.Key, g => g.Select(a => a.Hash).ToHashSet());
        var held = await HeldByCheckpointsAsync(db, ct);
        var previous = new Dictionary<int, string>();
        var erasedCases = new Dictionary<Guid, long>();
        long walked = 0, erased = 0, last = 0, unsealed = 0;
        await foreach (var line in db.AuditTrail.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (line.Unsealed)
            {
                // Not in a chain yet: its own MAC and values must hold; it does not link the lines around it.
                if (UnsealedProblemOf(line, key) is { } unsealedProblem)
                {
                    return new AuditVerification(walked, line.Sequence, unsealedProblem, erased, unsealed);
                }
                walked++;
                unsealed++;
                continue;
            }
            var problem = ProblemOf(line, previous.GetValueOrDefault(line.Partition, AuditChain.Genesis), key);
            if (problem is null && wanted.TryGetValue(line.Sequence, out var hashes))
            {
                wanted.Remove(line.Sequence);
                problem = hashes.Contains(line.Hash) ? null : "differs from an anchor kept outside the database (re-hashed or replaced)";
            }
            if (problem is null && held.Remove(line.Sequence, out var head) && (head.Partition != line.Partition || head.Hash != line.Hash))
            {
                problem = $"differs from the checkpoint at line {head.Checkpoint} (re-hashed, replaced or moved)";
            }
            if (problem is not null)
            {
                return new AuditVerification(walked, line.Sequence, problem, erased, unsealed);
            }
            walked++;
            last = line.Sequence;
            if (line.ValuesErasedAt is not null)
            {
                erased++;
                erasedCases.TryAdd(line.CaseId ?? Guid.Empty, line.Sequence);
            }
            if (line.Action == AuditActions.Erase && line.CaseId is { } erasedCase)
            {
                erasedCases.Remove(erasedCase);
            }
            previous[line.Partition] = line.Hash;
            if (walked % 1000 == 0)
            {
                progress?.Report(walked);
            }
        }
        if (erasedCases.Count > 0)
        {
            var first = erasedCases.Values.Min();
            return new AuditVerification(walked, first, "values erased without a later erasure line recording it", erased, unsealed);
        }
        if (wanted.Keys.Order().FirstOrDefault() is > 0 and var anchored)
        {
            return anchored > last
                ? new AuditVerification(walked, last + 1, $"truncated: an anchor kept outside the database holds line {anchored}, the trail ends at {last}", erased, unsealed)
                : new AuditVerification(walked, anchored, $"line {anchored}, held by an anchor kept outside the database, is missing (deleted)", erased, unsealed);
        }
        if (held.OrderBy(h => h.Key).FirstOrDefault() is { Key: > 0 } missing)
        {
            var (sequence, (partition, _, checkpoint)) = (missing.Key, missing.Value);
            return new AuditVerification(walked, sequence,
                $"line {sequence} of partition {partition}, held by the checkpoint at line {checkpoint}, is missing (deleted or truncated)", erased, unsealed);
        }
        return new AuditVerification(walked, null, null, erased, unsealed);
    }

    /// <summary>Every head held by a checkpoint line: sequence → (partition, hash, checkpoint). A forged checkpoint fails its own line's check.</summary>
    private static async Task<Dictionary<long, (int Partition, string Hash, long Checkpoint)>> HeldByCheckpointsAsync(ZichtDb db, CancellationToken ct)
    {
        var held = new Dictionary<long, (int, string, long)>();
        var checkpoints = await db.AuditTrail.AsNoTracking()
            .Where(a => a.Action == AuditActions.Checkpoint && a.EntityType == AuditCheckpoint.EntityType).ToListAsync(ct);
        foreach (var checkpoint in checkpoints)
        {
            foreach (var (sequence, partition, hash) in AuditCheckpoint.HeadsOf(checkpoint))
            {
                held.TryAdd(sequence, (partition, hash, checkpoint.Sequence));
            }
        }
        return held;
    }

    private static string? UnsealedProblemOf(AuditEntry line, AuditKey key)
    {
        if (line.PreviousHash != AuditSeal.Marker || AuditChain.MacOf(line, key) != line.Hash)
        {
            return "an unsealed line whose keyed MAC does not match (forged, edited, or a chained line marked unsealed)";
        }
        return line.ValuesErasedAt is null && AuditKey.HashOfValues(line.Changes, line.Reason) != line.ValuesHash
            ? "its values were changed" : null;
    }

    private static string? ProblemOf(AuditEntry line, string previous, AuditKey key)
    {
        if (AuditChain.HashOf(line, key) != line.Hash)
        {
            return "its keyed hash does not match (forged, edited, reordered or re-hashed without the key)";
        }
        if (line.PreviousHash != previous)
        {
            return "not linked to the line before it in its partition (a line before it was removed, replaced or reordered)";
        }
        if (line.ValuesErasedAt is null && AuditKey.HashOfValues(line.Changes, line.Reason) != line.ValuesHash)
        {
            return "its values were changed";
        }
        if (line.ValuesErasedAt is not null && (line.Changes is not null || line.Reason is not null))
        {
            return "marked erased but holds values (written after erasure)";
        }
        return null;
    }
}
