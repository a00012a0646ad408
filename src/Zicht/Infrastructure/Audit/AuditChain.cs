using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Zicht.Data;

namespace Zicht.Infrastructure.Audit;

/// <summary>The heads of the partitions appended to inside a still-open transaction (their locks are still held).</summary>
internal sealed class ChainHead(object transaction)
{
    public object Transaction { get; } = transaction;
    public Dictionary<int, string> Heads { get; } = [];

    /// <summary>SQLite only: the last sequence number given out in this transaction.</summary>
    public long? LastSequence { get; set; }
}

/// <summary>
/// The keyed hash chains over the audit trail: appending, inside the caller's transaction (see
/// <see cref="AuditVerifier"/> for checking them). One chain per partition (decision 069): a writer waits
/// only for writers of the same partition, so reading different cases no longer queues on one lock.
/// </summary>
public static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Partitions for lines with a case (<c>Zicht:AuditPartitions</c>, default 64); changing it later is safe, each line keeps its own.</summary>
    public static int PartitionCount(IConfiguration configuration) => Math.Clamp(configuration.GetValue("Zicht:AuditPartitions", 64), 1, 4096);

    public static int PartitionOf(Guid? caseId, int count) =>
        caseId is { } id ? 1 + (int)(BitConverter.ToUInt32(id.ToByteArray(), 12) % (uint)count) : 0;

    internal static async Task AppendAsync(ZichtDb db, List<AuditEntry> lines, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction;
        var state = db.ChainHead is { } known && transaction is not null && ReferenceEquals(known.Transaction, transaction)
            ? known : new ChainHead(transaction ?? new object());
        var count = PartitionCount(db.GetService<IConfiguration>());
        foreach (var line in lines)
        {
            line.Partition = PartitionOf(line.CaseId, count);
        }
        // Lock the partitions in ascending order (fewer deadlocks between saves that touch two cases), and
        // number the lines only then, so within a partition the numbers rise in the chain's order.
        var toLock = lines.Select(l => l.Partition).Distinct().Order().Where(p => !state.Heads.ContainsKey(p)).ToList();
        List<long>? numbers = null;
        foreach (var partition in toLock)
        {
            if (db.IsPostgres)
            {
                // Advisory locks are cluster-wide: the key names the database, so other databases on the same
                // server (another environment, the test suite's parallel databases) do not wait on this one.
                var name = partition.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(7461001, hashtext(current_database() || '/' || {name}))", ct);
                if (partition == toLock[^1])
                {
                    // The last head and the numbers in one statement (after the lock: its snapshot sees the lines before ours).
                    var row = await db.Database.SqlQuery<HeadAndNumbers>($"""
                        SELECT (SELECT "Hash" FROM "AuditTrail" WHERE "Partition" = {partition} AND NOT "Unsealed" ORDER BY "Sequence" DESC LIMIT 1) AS "Hash",
                               (SELECT string_agg(n::text, ',' ORDER BY n) FROM (SELECT nextval('audit_sequence') AS n FROM generate_series(1, {lines.Count})) s) AS "Numbers"
                        """).SingleAsync(ct);
                    state.Heads[partition] = row.Hash ?? Genesis;
                    numbers = [.. row.Numbers.Split(',').Select(n => long.Parse(n, System.Globalization.CultureInfo.InvariantCulture))];
                    continue;
                }
            }
            else
            {
                // SQLite already holds its single write lock (Microsoft.Data.Sqlite starts transactions IMMEDIATE);
                // the last number comes with the head, in the same statement.
                var head = await db.AuditTrail.AsNoTracking().Where(a => a.Partition == partition && !a.Unsealed).OrderByDescending(a => a.Sequence)
                    .Select(a => new { a.Hash, Last = db.AuditTrail.Max(x => x.Sequence) }).FirstOrDefaultAsync(ct);
                state.Heads[partition] = head?.Hash ?? Genesis;
                state.LastSequence ??= head?.Last;
                continue;
            }
            state.Heads[partition] = await db.AuditTrail.AsNoTracking().Where(a => a.Partition == partition && !a.Unsealed)
                .OrderByDescending(a => a.Sequence).Select(a => a.Hash).FirstOrDefaultAsync(ct) ?? Genesis;
        }
        var sequences = numbers ?? await NextSequencesAsync(db, state, lines.Count, ct);
        var key = db.AuditKey;
        var now = TruncateToMilliseconds(DateTime.UtcNow);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            line.Sequence = sequences[i];
            line.At = now;
            line.PreviousHash = state.Heads[line.Partition];
            line.ValuesHash = AuditKey.HashOfValues(line.Changes, line.Reason);
            line.Hash = HashOf(line, key);
            state.Heads[line.Partition] = line.Hash;
            db.AuditTrail.Add(line);
        }
        db.ChainHead = transaction is null ? null : state;
    }

    /// <summary>
    /// Writes read lines unsealed (decision 088): one INSERT each, no lock and no transaction of its own; the
    /// database numbers the line, and its own keyed MAC protects its content until <see cref="AuditSeal"/> chains it.
    /// </summary>
    internal static async Task AppendUnsealedAsync(ZichtDb db, List<AuditEntry> lines, CancellationToken ct)
    {
        var count = PartitionCount(db.GetService<IConfiguration>());
        var key = db.AuditKey;
        var now = TruncateToMilliseconds(DateTime.UtcNow);
        var insert = db.IsPostgres ? InsertUnsealedPostgres : InsertUnsealedSqlite;
        foreach (var line in lines)
        {
            line.Partition = PartitionOf(line.CaseId, count);
            line.At = now;
            line.Unsealed = true;
            line.PreviousHash = AuditSeal.Marker;
            line.ValuesHash = AuditKey.HashOfValues(line.Changes, line.Reason);
            line.Hash = MacOf(line, key);
            var sequence = await db.Database.SqlQueryRaw<long>(insert, line.Partition, line.At, line.ActorId!, line.ActorName, line.Action, line.EntityType, line.EntityId!, line.CaseId!,
                line.Changes!, line.Reason!, line.ValuesHash, line.PreviousHash, line.Hash, true).ToListAsync(ct);
            line.Sequence = sequence.Single();
        }
    }

    private const string InsertUnsealed = """
        INSERT INTO "AuditTrail" ("Sequence", "Partition", "At", "ActorId", "ActorName", "Action", "EntityType", "EntityId", "CaseId",
            "Changes", "Reason", "ValuesHash", "PreviousHash", "Hash", "Unsealed")
        VALUES (NEXT, {0}, {1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}, {9}, {10}, {11}, {12}, {13})
        RETURNING "Sequence" AS "Value"
        """;

    // The number comes from the database in the insert itself: PostgreSQL's sequence (no lock), SQLite's last + 1 (under its write lock).
    private static readonly string InsertUnsealedPostgres = InsertUnsealed.Replace("NEXT", "nextval('audit_sequence')", StringComparison.Ordinal);
    private static readonly string InsertUnsealedSqlite = InsertUnsealed.Replace("NEXT", "(SELECT COALESCE(MAX(\"Sequence\"), 0) + 1 FROM \"AuditTrail\")", StringComparison.Ordinal);

    /// <summary>
    /// The keyed MAC of an unsealed line: its content without a place in any chain. It does not cover the sequence
    /// (the database gives it during the insert, and sealing gives a new one); the marker keeps it apart from chained hashes.
    /// </summary>
    public static string MacOf(AuditEntry line, AuditKey key) =>
        key.Sign(string.Join('\n',
            AuditSeal.Marker, line.At.ToString("yyyy-MM-ddTHH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture),
            line.ActorId, line.ActorName, line.Action, line.EntityType, line.EntityId, line.CaseId, line.ValuesHash, $"p{line.Partition}"));

    private sealed class HeadAndNumbers
    {
        public string? Hash { get; set; }
        public string Numbers { get; set; } = "";
    }

    private static async Task<List<long>> NextSequencesAsync(ZichtDb db, ChainHead state, int count, CancellationToken ct)
    {
        if (db.IsPostgres)
        {
            // Not transactional and never waits: the one thing all partitions share costs no lock.
            var numbers = await db.Database.SqlQuery<long>(
                $"SELECT nextval('audit_sequence') AS \"Value\" FROM generate_series(1, {count})").ToListAsync(ct);
            return [.. numbers.Order()];
        }
        var last = state.LastSequence ?? await db.AuditTrail.AsNoTracking().MaxAsync(a => (long?)a.Sequence, ct) ?? 0;
        state.LastSequence = last + count;
        return [.. Enumerable.Range(1, count).Select(i => last + i)];
    }

    /// <summary>
    /// The keyed hash of a line: the values (changes, reason) enter only through their own hash, so
    /// retention can erase them and the chain still verifies. The partition is covered from partition 1 on
    /// (lines of partition 0 hash as before partitioning, so a trail written before it still verifies).
    /// </summary>
    public static string HashOf(AuditEntry line, AuditKey key) =>
        key.Sign(string.Join('\n',
            line.PreviousHash, line.Sequence, line.At.ToString("yyyy-MM-ddTHH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture),
            line.ActorId, line.ActorName, line.Action, line.EntityType, line.EntityId, line.CaseId, line.ValuesHash)
            + (line.Partition == 0 ? "" : $"\np{line.Partition}"));

    private static DateTime TruncateToMilliseconds(DateTime t) =>
        new(t.Ticks - (t.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
}
