using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Infrastructure.Audit;

/// <summary>What verification found: the first break (with what kind), or an intact trail.</summary>
public sealed record AuditVerification(long Checked, long? BrokenAt, string? Problem, long Erased)
{
    public bool Intact => BrokenAt is null;
}

/// <summary>
/// Walks the whole trail in order and checks each line: no gap, linked to the line before, keyed hash
/// right, values matching their hash unless erased, and an erasure only where a later line records it.
/// Then every anchor kept outside the database must still be in the chain.
/// </summary>
public static class AuditVerifier
{
    public static async Task<AuditVerification> VerifyAsync(
        ZichtDb db, IReadOnlyList<AuditAnchor>? anchors, IProgress<long>? progress, CancellationToken ct)
    {
        var key = db.AuditKey;
        var wanted = (anchors ?? []).GroupBy(a => a.Sequence).ToDictionary(g => g.Key, g => g.Select(a => a.Hash).ToHashSet());
        var erasedCases = new Dictionary<Guid, long>();
        var previous = AuditChain.Genesis;
        long expected = 0, erased = 0;
        await foreach (var line in db.AuditTrail.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            expected++;
            var problem = ProblemOf(line, expected, previous, key);
            if (problem is null && wanted.TryGetValue(line.Sequence, out var hashes) && !hashes.Contains(line.Hash))
            {
                problem = "differs from an anchor kept outside the database (re-hashed or replaced)";
            }
            if (problem is not null)
            {
                return new AuditVerification(expected - 1, expected, problem, erased);
            }
            if (line.ValuesErasedAt is not null)
            {
                erased++;
                erasedCases.TryAdd(line.CaseId ?? Guid.Empty, line.Sequence);
            }
            if (line.Action == AuditActions.Erase && line.CaseId is { } erasedCase)
            {
                erasedCases.Remove(erasedCase);
            }
            previous = line.Hash;
            if (expected % 1000 == 0)
            {
                progress?.Report(expected);
            }
        }
        if (erasedCases.Count > 0)
        {
            var first = erasedCases.Values.Min();
            return new AuditVerification(first - 1, first, "values erased without a later erasure line recording it", erased);
        }
        var beyond = wanted.Keys.Where(s => s > expected).Order().FirstOrDefault();
        if (beyond > 0)
        {
            return new AuditVerification(expected, expected + 1,
                $"truncated: an anchor kept outside the database holds line {beyond}, the trail ends at {expected}", erased);
        }
        return new AuditVerification(expected, null, null, erased);
    }

    private static string? ProblemOf(AuditEntry line, long expected, string previous, AuditKey key)
    {
        if (line.Sequence != expected)
        {
            return $"line {expected} is missing (deleted)";
        }
        if (line.PreviousHash != previous)
        {
            return "not linked to the line before it (a line before it was removed or replaced)";
        }
        if (AuditChain.HashOf(line, key) != line.Hash)
        {
            return "its keyed hash does not match (forged, edited or re-hashed without the key)";
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
