using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Infrastructure.Audit;

/// <summary>The last line appended inside a still-open transaction.</summary>
internal sealed record ChainHead(long Sequence, string Hash, object Transaction);

/// <summary>The keyed hash chain over the audit trail: appending, inside the caller's transaction (see <see cref="AuditVerifier"/> for checking it).</summary>
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
        var key = db.AuditKey;
        var now = TruncateToMilliseconds(DateTime.UtcNow);
        foreach (var line in lines)
        {
            line.Sequence = ++sequence;
            line.At = now;
            line.PreviousHash = previous;
            line.ValuesHash = AuditKey.HashOfValues(line.Changes, line.Reason);
            line.Hash = HashOf(line, key);
            previous = line.Hash;
            db.AuditTrail.Add(line);
        }
        db.ChainHead = transaction is null ? null : new ChainHead(sequence, previous, transaction);
    }

    /// <summary>
    /// The keyed hash of a line: the values (changes, reason) enter only through their own hash, so
    /// retention can erase them and the chain still verifies.
    /// </summary>
    public static string HashOf(AuditEntry line, AuditKey key) =>
        key.Sign(string.Join('\n',
            line.PreviousHash, line.Sequence, line.At.ToString("yyyy-MM-ddTHH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture),
            line.ActorId, line.ActorName, line.Action, line.EntityType, line.EntityId, line.CaseId, line.ValuesHash));

    private static DateTime TruncateToMilliseconds(DateTime t) =>
        new(t.Ticks - (t.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
}
