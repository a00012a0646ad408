using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Infrastructure.Audit;

/// <summary>
/// Chains unsealed read lines into their partitions (decision 088). Under each partition's lock (the one change
/// writers take), in sequence order: every unsealed line whose MAC and values check out gets a new sequence number
/// (drawn after the lock, so within a partition numbers still rise in chain order), the partition head as previous
/// hash and its chained hash. The update only touches lines still unsealed, so two sealers at once (a lease that
/// expired under a slow run) chain each line once: the second waits for the lock and then finds nothing left.
/// A line whose MAC does not match is never chained: it stays unsealed, and verify-audit reports it.
/// </summary>
public static class AuditSeal
{
    /// <summary>The previous hash of an unsealed line (never a hex hash, so no chained line can be passed off as one).</summary>
    public const string Marker = "unsealed";

    public const int Batch = 5000;

    /// <summary>Seals every unsealed line there is (batch after batch); returns how many were chained.</summary>
    public static async Task<int> SealAllAsync(ZichtDb db, CancellationToken ct = default)
    {
        var total = 0;
        int count;
        do
        {
            count = await SealAsync(db, Batch, ct);
            total += count;
        }
        while (count == Batch);
        return total;
    }

    /// <summary>Seals up to <paramref name="batch"/> unsealed lines in one transaction; returns how many were chained.</summary>
    public static async Task<int> SealAsync(ZichtDb db, int batch = Batch, CancellationToken ct = default)
    {
        var partitions = await db.AuditTrail.AsNoTracking().Where(a => a.Unsealed).Select(a => a.Partition).Distinct().ToListAsync(ct);
        if (partitions.Count == 0)
        {
            return 0;
        }
        partitions.Sort();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.IsPostgres)
        {
            // The same advisory locks as AuditChain, in ascending order like every writer, in one round trip.
            await db.Database.ExecuteSqlRawAsync(string.Concat(partitions.Select(p =>
                $"SELECT pg_advisory_xact_lock(7461001, hashtext(current_database() || '/' || '{p}'));")), ct);
        }
        // Read after the locks: every sealer before us has committed, so what it chained is no longer unsealed.
        var lines = await db.AuditTrail.AsNoTracking().Where(a => a.Unsealed && partitions.Contains(a.Partition))
            .OrderBy(a => a.Sequence).Take(batch).ToListAsync(ct);
        var key = db.AuditKey;
        lines = [.. lines.Where(l => l.PreviousHash == Marker && AuditChain.MacOf(l, key) == l.Hash
            && AuditKey.HashOfValues(l.Changes, l.Reason) == l.ValuesHash)];
        if (lines.Count == 0)
        {
            return 0;
        }
        var heads = new Dictionary<int, string>();
        foreach (var partition in lines.Select(l => l.Partition).Distinct())
        {
            heads[partition] = await db.AuditTrail.AsNoTracking().Where(a => a.Partition == partition && !a.Unsealed)
                .OrderByDescending(a => a.Sequence).Select(a => a.Hash).FirstOrDefaultAsync(ct) ?? AuditChain.Genesis;
        }
        var numbers = await NumbersAsync(db, lines.Count, ct);
        var sealedLines = new List<(long Old, long New, string Previous, string Hash)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var old = line.Sequence;
            line.Sequence = numbers[i];
            line.PreviousHash = heads[line.Partition];
            line.Unsealed = false;
            line.Hash = AuditChain.HashOf(line, key);
            heads[line.Partition] = line.Hash;
            sealedLines.Add((old, line.Sequence, line.PreviousHash, line.Hash));
        }
        var updated = await UpdateAsync(db, sealedLines, ct);
        if (updated != sealedLines.Count)
        {
            throw new InvalidOperationException($"Sealing changed {updated} of {sealedLines.Count} audit lines; nothing was sealed.");
        }
        await transaction.CommitAsync(ct);
        return updated;
    }

    private static async Task<List<long>> NumbersAsync(ZichtDb db, int count, CancellationToken ct)
    {
        if (db.IsPostgres)
        {
            var numbers = await db.Database.SqlQuery<long>(
                $"SELECT nextval('audit_sequence') AS \"Value\" FROM generate_series(1, {count})").ToListAsync(ct);
            return [.. numbers.Order()];
        }
        var last = await db.AuditTrail.AsNoTracking().MaxAsync(a => (long?)a.Sequence, ct) ?? 0;
        return [.. Enumerable.Range(1, count).Select(i => last + i)];
    }

    private static async Task<int> UpdateAsync(ZichtDb db, List<(long Old, long New, string Previous, string Hash)> lines, CancellationToken ct)
    {
        if (db.IsPostgres)
        {
            long[] olds = [.. lines.Select(l => l.Old)], news = [.. lines.Select(l => l.New)];
            string[] previous = [.. lines.Select(l => l.Previous)], hashes = [.. lines.Select(l => l.Hash)];
            return await db.Database.ExecuteSqlAsync($"""
                UPDATE "AuditTrail" AS a SET "Sequence" = v.n, "PreviousHash" = v.p, "Hash" = v.h, "Unsealed" = false
                FROM unnest({olds}, {news}, {previous}, {hashes}) AS v(o, n, p, h)
                WHERE a."Sequence" = v.o AND a."Unsealed"
                """, ct);
        }
        var updated = 0;
        foreach (var (old, number, prev, hash) in lines)
        {
            updated += await db.Database.ExecuteSqlAsync(
                $"UPDATE \"AuditTrail\" SET \"Sequence\" = {number}, \"PreviousHash\" = {prev}, \"Hash\" = {hash}, \"Unsealed\" = 0 WHERE \"Sequence\" = {old} AND \"Unsealed\"", ct);
        }
        return updated;
    }
}
