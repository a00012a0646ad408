using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Infrastructure.Audit;

/// <summary>The last line appended inside a still-open transaction.</summary>
internal sealed record ChainHead(long Sequence, string Hash, object Transaction);

/// <summary>The hash chain over the audit trail: appending (inside the caller's transaction) and verifying.</summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    internal static async Task AppendAsync(ZichtDb db, List<AuditEntry> lines, CancellationToken ct)
    {
        // Within one transaction the head is known after the first append (a save and the derived rows it
        // saves in the same transaction), and the lock below is still held: no second lookup is needed.
        var transaction = db.Database.CurrentTransaction;
        (long Sequence, string Hash) head;
        if (db.ChainHead is { } known && transaction is not null && ReferenceEquals(known.Transaction, transaction))
        {
            head = (known.Sequence, known.Hash);
        }
        else
        {
            // Serialise writers so two app instances never chain onto the same last line. SQLite already
            // holds its single write lock (Microsoft.Data.Sqlite starts transactions IMMEDIATE).
            if (db.IsPostgres)
            {
                // Advisory locks are cluster-wide: the key is per database, so other databases on the same
                // server (another environment, the test suite's parallel databases) do not wait on this one.
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7461001, hashtext(current_database()))", ct);
            }
            var last = await db.AuditTrail.AsNoTracking().OrderByDescending(a => a.Sequence)
                .Select(a => new { a.Sequence, a.Hash }).FirstOrDefaultAsync(ct);
            head = (last?.Sequence ?? 0, last?.Hash ?? Genesis);
        }
        var (sequence, previous) = head;
        var now = TruncateToMilliseconds(DateTime.UtcNow);
        foreach (var line in lines)
        {
            line.Sequence = ++sequence;
            line.At = now;
            line.PreviousHash = previous;
            line.Hash = HashOf(line);
            previous = line.Hash;
            db.AuditTrail.Add(line);
        }
        db.ChainHead = transaction is null ? null : new ChainHead(sequence, previous, transaction);
    }

    public static string HashOf(AuditEntry line)
    {
        var text = string.Join('\n',
            line.PreviousHash, line.Sequence, line.At.ToString("yyyy-MM-ddTHH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture),
            line.ActorId, line.ActorName, line.Action, line.EntityType, line.EntityId, line.CaseId, line.Changes, line.Reason);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Walks the whole trail in order; returns the first broken sequence number, or null when intact.</summary>
    public static async Task<(long Checked, long? BrokenAt)> VerifyAsync(ZichtDb db, IProgress<long>? progress, CancellationToken ct)
    {
        var previous = Genesis;
        long expected = 0;
        await foreach (var line in db.AuditTrail.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            expected++;
            if (line.Sequence != expected || line.PreviousHash != previous || HashOf(line) != line.Hash)
            {
                return (expected - 1, expected);
            }
            previous = line.Hash;
            if (expected % 1000 == 0)
            {
                progress?.Report(expected);
            }
        }
        return (expected, null);
    }

    private static DateTime TruncateToMilliseconds(DateTime t) =>
        new(t.Ticks - (t.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
}
