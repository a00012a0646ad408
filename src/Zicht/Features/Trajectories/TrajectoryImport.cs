using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Features.Trajectories;

public sealed record ImportOutcome(IReadOnlyList<ImportProblem> Problems, int Rows, int Inserted, int Updated, int Unchanged)
{
    public bool Accepted => Problems.Count == 0;

    /// <summary>How long rebuilding the derived figures took after the rows were committed (part of the import's time).</summary>
    public TimeSpan FiguresRebuilt { get; init; }

    /// <summary>True when the import was big enough to build the table's non-unique indexes at its end (<see cref="SetAsideIndexes"/>).</summary>
    public bool IndexesBuiltAtEnd { get; init; }
}

/// <summary>
/// Imports a trajectory file all-or-nothing, in one transaction: every row is validated, and any
/// problem rolls everything back (including names created with --create-missing). Rows whose
/// (organisation, case_ref) exists are updated through the change tracker, so the audit trail shows
/// each change; new rows go in through <see cref="BulkTrajectoryWriter"/> with one summary audit line
/// (docs/decisions/030-trajectory-import-audit.md). Importing the same file twice changes nothing.
/// </summary>
public sealed class TrajectoryImport(ZichtDb db, TimeProvider clock, ILogger<TrajectoryImport>? log = null)
{
    // A batch is one COPY statement (and one statement-level structure check) on PostgreSQL: fewer, bigger ones
    // are faster (decision 094). SQLite inserts row by row whatever the batch, so a small one keeps memory low.
    private int BatchSize => db.IsPostgres ? 10_000 : 2_000;

    /// <summary>
    /// From how many new rows an import may build the non-unique indexes at its end instead of row by row
    /// (<see cref="SetAsideIndexes"/>); it does once it has inserted at least as many rows as the table held.
    /// </summary>
    internal int SetIndexesAsideFrom { get; set; } = 50_000;

    public async Task<ImportOutcome> ImportAsync(TextReader file, string source, bool createMissing, IProgress<int>? progress, CancellationToken ct)
    {
        var outcome = await ImportRowsAsync(file, source, createMissing, progress, ct);
        if (outcome.Accepted)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            if (db.IsPostgres && outcome.Inserted + outcome.Updated >= 10_000)
            {
                // Fresh statistics, so the figure rebuild below (and the dashboards after it) plan with the new rows.
                await db.Database.ExecuteSqlRawAsync("ANALYZE \"Trajectory\"", ct);
            }
            // Figures derived from the teams written to are out of date; rebuild them now rather than on the
            // next view. After the rows' method has returned, so its buffers (the case_ref set) are garbage by then.
            foreach (var derived in ZichtDb.DerivedRows)
            {
                await derived.AfterBulkWriteAsync(db, log, ct);
            }
            outcome = outcome with { FiguresRebuilt = watch.Elapsed };
        }
        return outcome;
    }

    private async Task<ImportOutcome> ImportRowsAsync(TextReader file, string source, bool createMissing, IProgress<int>? progress, CancellationToken ct)
    {
        var problems = new List<ImportProblem>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await SqliteCacheAsync(large: true, ct);
        var lookup = await StructureLookup.LoadAsync(db, createMissing, ct);
        var organisationsWithRows = (await db.Set<Trajectory>().Select(t => t.OrganisationId).Distinct().ToListAsync(ct)).ToHashSet();
        var writer = new BulkTrajectoryWriter(db);
        var indexes = new SetAsideIndexes(db, log);
        var seen = new CaseRefSet();
        var fresh = new List<Trajectory>(BatchSize);
        var maybeExisting = new List<TrajectoryRecord>(BatchSize);
        int rows = 0, inserted = 0, updated = 0, unchanged = 0;
        var now = clock.GetUtcNow().UtcDateTime;

        // The file is parsed and checked on another thread while this one resolves names and writes
        // (docs/decisions/091); the bounded channel keeps a few batches in memory at most.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var parsed = new ParsedFile();
        var reading = Task.Run(() => parsed.ReadAsync(file, stop.Token), stop.Token);
        try
        {
            await foreach (var batch in parsed.Batches.ReadAllAsync(ct))
            {
                foreach (var record in batch)
                {
                    rows++;
                    if (rows % 10_000 == 0)
                    {
                        progress?.Report(rows);
                    }
                    if (!record.Valid || !await lookup.ResolveAsync(record, problems, ct))
                    {
                        continue;
                    }
                    var t = record.Values;
                    if (!seen.Add(t.OrganisationId, t.CaseRef))
                    {
                        problems.Add(new ImportProblem(record.Line, "case_ref", t.CaseRef, "appears more than once for this organisation in the file"));
                        continue;
                    }
                    if (problems.Count > 0 || parsed.FoundProblems)
                    {
                        continue; // the file will be rejected: keep validating, stop writing
                    }
                    t.UpdatedAt = now;
                    if (organisationsWithRows.Contains(t.OrganisationId))
                    {
                        maybeExisting.Add(record);
                    }
                    else
                    {
                        fresh.Add(t);
                    }
                    if (fresh.Count >= BatchSize || maybeExisting.Count >= BatchSize)
                    {
                        await indexes.SetAsideWhenBigAsync(inserted, fresh.Count, SetIndexesAsideFrom, ct);
                        var (i, u, same) = await FlushAsync(writer, fresh, maybeExisting, problems, ct);
                        (inserted, updated, unchanged) = (inserted + i, updated + u, unchanged + same);
                    }
                }
            }
            await reading;
        }
        finally
        {
            await stop.CancelAsync(); // a failed write must not leave the reader waiting on a full channel
            await Task.WhenAny(reading);
        }
        problems.AddRange(parsed.Problems);
        progress?.Report(rows);
        if (problems.Count == 0)
        {
            await indexes.SetAsideWhenBigAsync(inserted, fresh.Count, SetIndexesAsideFrom, ct);
            var (i, u, same) = await FlushAsync(writer, fresh, maybeExisting, problems, ct);
            (inserted, updated, unchanged) = (inserted + i, updated + u, unchanged + same);
            if (indexes.Active)
            {
                await indexes.RestoreAsync(ct);
            }
        }
        await SqliteCacheAsync(large: false, ct);
        if (problems.Count > 0)
        {
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return new ImportOutcome(problems.OrderBy(p => p.Line).ToList(), rows, 0, 0, 0);
        }
        if (inserted > 0)
        {
            db.RecordAudit("Import", nameof(Trajectory), null, null,
                $"{source}: {rows} rows, {inserted} new trajectories inserted, {updated} updated, {unchanged} unchanged");
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return new ImportOutcome([], rows, inserted, updated, unchanged) { IndexesBuiltAtEnd = indexes.Restored };
    }

    /// <summary>
    /// The file as parsed on the reading thread: batches of records, and the problems the reader found
    /// (a list of its own: the writing thread adds to another).
    /// </summary>
    private sealed class ParsedFile
    {
        private const int RecordsPerBatch = 1000;
        private readonly Channel<TrajectoryRecord[]> _batches = Channel.CreateBounded<TrajectoryRecord[]>(
            new BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });
        private volatile bool _foundProblems;

        public ChannelReader<TrajectoryRecord[]> Batches => _batches.Reader;

        public List<ImportProblem> Problems { get; } = [];

        /// <summary>True as soon as the reader found a problem (the writer then stops writing).</summary>
        public bool FoundProblems => _foundProblems;

        public async Task ReadAsync(TextReader file, CancellationToken ct)
        {
            try
            {
                var batch = new List<TrajectoryRecord>(RecordsPerBatch);
                foreach (var record in TrajectoryCsvReader.Read(file, Problems))
                {
                    _foundProblems |= !record.Valid;
                    batch.Add(record);
                    if (batch.Count == RecordsPerBatch)
                    {
                        await _batches.Writer.WriteAsync([.. batch], ct);
                        batch.Clear();
                    }
                }
                _foundProblems |= Problems.Count > 0; // a header problem yields no records
                await _batches.Writer.WriteAsync([.. batch], ct);
                _batches.Writer.Complete();
            }
            catch (Exception e)
            {
                _batches.Writer.TryComplete(e);
                throw;
            }
        }
    }

    // SQLite's default page cache (2 MB) makes every index insert of a big import go to the OS. 8 MB,
    // not the 256 MB or 32 MB of before: larger caches showed no gain (docs/benchmarks.md) and made most
    // of the import's peak memory (docs/decisions/066, 091). Reset afterwards because the connection
    // returns to the pool.
    private async Task SqliteCacheAsync(bool large, CancellationToken ct)
    {
        if (!db.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync(large ? "PRAGMA cache_size = -8192" : "PRAGMA cache_size = -2000", ct);
        }
    }

    private async Task<(int Inserted, int Updated, int Unchanged)> FlushAsync(BulkTrajectoryWriter writer, List<Trajectory> fresh,
        List<TrajectoryRecord> maybeExisting, List<ImportProblem> problems, CancellationToken ct)
    {
        int updated = 0, unchanged = 0;
        foreach (var byOrganisation in maybeExisting.GroupBy(r => r.Values.OrganisationId))
        {
            var refs = byOrganisation.Select(r => r.Values.CaseRef).ToList();
            var existing = await db.Set<Trajectory>()
                .Where(t => t.OrganisationId == byOrganisation.Key && refs.Contains(t.CaseRef))
                .ToDictionaryAsync(t => t.CaseRef, ct);
            foreach (var record in byOrganisation)
            {
                if (!existing.TryGetValue(record.Values.CaseRef, out var current))
                {
                    fresh.Add(record.Values);
                }
                else if (current.CaseId is not null)
                {
                    problems.Add(new ImportProblem(record.Line, "case_ref", record.Values.CaseRef,
                        "belongs to a case recorded in Zicht; its figures come from the case, not from an import"));
                }
                else if (Update(current, record.Values))
                {
                    updated++;
                }
                else
                {
                    unchanged++;
                }
            }
        }
        if (problems.Count == 0)
        {
            await writer.InsertAsync(fresh, ct);
            await db.SaveChangesAsync(ct); // audit lines for every updated row, same transaction
        }
        var inserted = problems.Count == 0 ? fresh.Count : 0;
        db.ChangeTracker.Clear();
        fresh.Clear();
        maybeExisting.Clear();
        return (inserted, updated, unchanged);
    }

    /// <summary>Copies the file's values onto the stored row; only real differences reach the audit trail.</summary>
    private bool Update(Trajectory current, Trajectory incoming)
    {
        incoming.Id = current.Id;
        incoming.CaseId = current.CaseId;
        var updatedAt = incoming.UpdatedAt;
        incoming.UpdatedAt = current.UpdatedAt;
        var entry = db.Entry(current);
        entry.CurrentValues.SetValues(incoming);
        if (!entry.Properties.Any(p => p.IsModified))
        {
            return false;
        }
        current.UpdatedAt = updatedAt;
        return true;
    }
}
