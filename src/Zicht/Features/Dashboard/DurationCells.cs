using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Trajectories;

namespace Zicht.Features.Dashboard;

/// <summary>
/// Durations from <see cref="DurationCell"/>s: each team's day offsets, packed per service and closing
/// year, so a region or the whole organisation reads a few thousand small rows instead of every
/// trajectory, with the same exact medians (docs/decisions/034). A team's cells are used only when they
/// were built under its current <see cref="TeamFigureStamp"/>; otherwise they are rebuilt from its
/// trajectories first. The same cells hold the counts of the breadth and core-data pages
/// (<see cref="TalliesAsync"/>, docs/decisions/065), and both split by opening and closing month (a period
/// of whole months) and by worker (docs/decisions/085). A period with a worker, or a period that does not
/// start and end on month boundaries, goes to the trajectories.
/// </summary>
internal static class DurationCells
{
    internal sealed record Cell(Guid OrganisationId, Guid RegionId, Guid TeamId, Guid ServiceId, int? ClosingYear);

    /// <summary>
    /// Which stored figures answer a filter: the whole cell (no period, no worker), its month parts (a
    /// period of whole months, no worker) or its worker parts (the worker level or a single worker, no period).
    /// </summary>
    internal enum Source { Whole, Months, Workers }

    /// <summary>Null when no stored figures answer exactly (a period with a worker, or a period not of whole months).</summary>
    internal static Source? SourceFor(FigureLevel level, FigureFilter f)
    {
        var byWorker = level == FigureLevel.Worker || f.Worker is not null;
        if (f.From is null && f.To is null)
        {
            return byWorker ? Source.Workers : Source.Whole;
        }
        var wholeMonths = (f.From is not { } from || from.Day == 1) && (f.To is not { } to || to.AddDays(1).Day == 1);
        return !byWorker && wholeMonths ? Source.Months : null;
    }

    public static bool CanServe(FigureLevel level, FigureFilter f) => SourceFor(level, f) is not null;

    /// <summary>The filter's day offsets grouped by <paramref name="groupOf"/> (cell and worker; null leaves them out).</summary>
    public static async Task<Dictionary<string, DurationValues>> GroupAsync(ZichtDb db, FigureLevel level, FigureFilter f, IReadOnlyCollection<Guid>? serviceIds,
        Func<Cell, string?, string?> groupOf, ILogger? log, CancellationToken ct)
    {
        var groups = new Dictionary<string, DurationValues>(StringComparer.Ordinal);
        await VisitAsync(db, f, serviceIds, Served(level, f), offsets: true, (cell, worker, _, offsets) =>
        {
            if (groupOf(cell, worker) is not { } group)
            {
                return;
            }
            if (!groups.TryGetValue(group, out var values))
            {
                groups[group] = values = new DurationValues();
            }
            DurationCellCodec.Decode(offsets, DurationValues.Indicators.Count, values.AddDays);
        }, log, ct);
        return groups;
    }

    /// <summary>
    /// The counts of every cell the filter covers (breadth and core data), per worker when the level or
    /// filter asks for workers, from stored cells whose team stamp is current, the other teams rebuilt
    /// first: exactly what a GROUP BY over the trajectories gives.
    /// </summary>
    public static async Task<List<(Cell Cell, string? Worker, Tally Tally)>> TalliesAsync(ZichtDb db, FigureLevel level, FigureFilter f,
        IReadOnlyCollection<Guid>? serviceIds, ILogger? log, CancellationToken ct)
    {
        var sums = new Dictionary<(Cell, string?), Tally>();
        await VisitAsync(db, f, serviceIds, Served(level, f), offsets: false, (cell, worker, tally, _) =>
        {
            if (!sums.TryGetValue((cell, worker), out var sum))
            {
                sums[(cell, worker)] = sum = new Tally();
            }
            CountCellCodec.AddTo(sum, tally);
        }, log, ct);
        return [.. sums.Select(s => (s.Key.Item1, s.Key.Item2, s.Value))];
    }

    /// <summary>Builds and stores the cells of every team whose stamp moved (after an import, so the next view is quick), one team at a time.</summary>
    public static async Task RefreshAsync(ZichtDb db, ILogger? log, CancellationToken ct)
    {
        var stale = await (from s in db.Set<TeamFigureStamp>()
                           join m in db.Set<DurationCellTeam>() on s.TeamId equals m.TeamId into built
                           from m in built.DefaultIfEmpty()
                           where m == null || m.Stamp != s.Stamp
                           select s.TeamId).ToListAsync(ct);
        for (var i = 0; i < stale.Count; i++)
        {
            await BuildAsync(db, stale[i], log, ct);
            // Nothing of a built team stays alive; collecting every few teams keeps the garbage of a hundred
            // builds from raising the import's peak memory (docs/decisions/086). After every team it doubled
            // the rebuild's time on a quiet machine (docs/decisions/091).
            if (i % 4 == 3)
            {
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            }
        }
    }

    private static Source Served(FigureLevel level, FigureFilter f) =>
        SourceFor(level, f) ?? throw new InvalidOperationException("The stored figure cells cannot answer this filter.");

    private delegate void FigureHandler(Cell cell, string? worker, ReadOnlySpan<byte> tally, ReadOnlySpan<byte> offsets);

    /// <summary>
    /// Hands every covered cell (or part of one) to <paramref name="handle"/>: stored cells of teams whose
    /// stamp is current, then the other teams, rebuilt one at a time (so memory stays one team's worth).
    /// </summary>
    private static async Task VisitAsync(ZichtDb db, FigureFilter f, IReadOnlyCollection<Guid>? serviceIds, Source source, bool offsets,
        FigureHandler handle, ILogger? log, CancellationToken ct)
    {
        var take = Takes(f, source);
        void Visit(Cell cell, byte[]? counts, byte[]? offsetBytes)
        {
            if (!Covers(f, serviceIds, cell))
            {
                return;
            }
            if (source == Source.Whole)
            {
                handle(cell, null, counts, offsetBytes);
                return;
            }
            CellPartCodec.Decode(counts!, offsets ? offsetBytes : null, source == Source.Months, take,
                (in PartKey key, ReadOnlySpan<byte> tally, ReadOnlySpan<byte> partOffsets) => handle(cell, key.Worker, tally, partOffsets));
        }

        var teams = await TeamsInScopeAsync(db, f, ct);
        var (fresh, stored) = await StoredAsync(db, f, source, offsets, ct);
        foreach (var (cell, counts, offsetBytes) in stored)
        {
            Visit(cell, counts, offsetBytes);
        }
        foreach (var team in teams.Where(t => !fresh.Contains(t)))
        {
            foreach (var c in await BuildAsync(db, team, log, ct))
            {
                var cell = new Cell(c.OrganisationId, c.RegionId, c.TeamId, c.ServiceId, c.ClosingYear);
                switch (source)
                {
                    case Source.Whole: Visit(cell, c.Counts, c.Offsets); break;
                    case Source.Months: Visit(cell, c.MonthCounts, c.MonthOffsets); break;
                    default: Visit(cell, c.WorkerCounts, c.WorkerOffsets); break;
                }
            }
        }
    }

    /// <summary>Which parts a filter takes: its worker, or the months its period covers (by the definition of <see cref="FigureQueries.FilteredAsync"/>).</summary>
    private static Func<PartKey, bool> Takes(FigureFilter f, Source source)
    {
        if (source == Source.Workers)
        {
            return f.Worker is { } worker ? k => string.Equals(k.Worker, worker, StringComparison.Ordinal) : _ => true;
        }
        int? from = f.From is { } a ? PartKey.MonthOf(a) : null;
        int? to = f.To is { } b ? PartKey.MonthOf(b) : null;
        return (from, to) switch
        {
            ({ } start, { } end) => k => (k.OpenedMonth >= start && k.OpenedMonth <= end) || (k.ClosedMonth >= start && k.ClosedMonth <= end),
            ({ } start, null) => k => k.OpenedMonth >= start || k.ClosedMonth >= start,
            (null, { } end) => k => k.OpenedMonth <= end,
            _ => _ => true,
        };
    }

    private static bool Covers(FigureFilter f, IReadOnlyCollection<Guid>? serviceIds, Cell c) =>
        (serviceIds is null || serviceIds.Contains(c.ServiceId))
        && (f.TeamIds is null || f.TeamIds.Contains(c.TeamId))
        && (f.RegionIds is null || f.RegionIds.Contains(c.RegionId))
        && f.Status switch
        {
            TrajectoryStatus.Open => c.ClosingYear is null,
            TrajectoryStatus.Closed => c.ClosingYear is not null,
            _ => true,
        };

    /// <summary>The teams to cover, each given a stamp if it has none yet (never overwriting a writer's).</summary>
    private static async Task<List<Guid>> TeamsInScopeAsync(ZichtDb db, FigureFilter f, CancellationToken ct)
    {
        var teams = db.Teams.Select(t => t.Id);
        if (f.TeamIds is { } teamIds)
        {
            teams = teams.Where(t => teamIds.Contains(t));
        }
        var all = await teams.ToListAsync(ct);
        await TeamFigureStamps.GiveMissingAsync(db, all, ct);
        return all;
    }

    /// <summary>
    /// The teams whose cells are current, with those cells' columns the source needs: one statement, so
    /// one snapshot (a team's stamp cannot change between reading its marker and its cells).
    /// </summary>
    private static async Task<(HashSet<Guid> Fresh, List<(Cell Cell, byte[]? Counts, byte[]? Offsets)> Cells)> StoredAsync(ZichtDb db, FigureFilter f,
        Source source, bool offsets, CancellationToken ct)
    {
        var markers = from m in db.Set<DurationCellTeam>()
                      join s in db.Set<TeamFigureStamp>() on m.TeamId equals s.TeamId
                      where m.Stamp == s.Stamp
                      select m;
        if (f.TeamIds is { } teamIds)
        {
            markers = markers.Where(m => teamIds.Contains(m.TeamId));
        }
        var joined = from m in markers
                     from c in db.Set<DurationCell>().Where(c => c.TeamId == m.TeamId).DefaultIfEmpty()
                     select new { m.TeamId, c };
        // Only the columns asked for: a page of counts need not read the offsets.
        var rows = (source, offsets) switch
        {
            (Source.Whole, false) => await joined.Select(r => new StoredRow(r.TeamId, (Guid?)r.c.OrganisationId, (Guid?)r.c.RegionId, (Guid?)r.c.ServiceId, r.c.ClosingYear, r.c.Counts, null)).ToListAsync(ct),
            (Source.Whole, true) => await joined.Select(r => new StoredRow(r.TeamId, (Guid?)r.c.OrganisationId, (Guid?)r.c.RegionId, (Guid?)r.c.ServiceId, r.c.ClosingYear, null, r.c.Offsets)).ToListAsync(ct),
            (Source.Months, false) => await joined.Select(r => new StoredRow(r.TeamId, (Guid?)r.c.OrganisationId, (Guid?)r.c.RegionId, (Guid?)r.c.ServiceId, r.c.ClosingYear, r.c.MonthCounts, null)).ToListAsync(ct),
            (Source.Months, true) => await joined.Select(r => new StoredRow(r.TeamId, (Guid?)r.c.OrganisationId, (Guid?)r.c.RegionId, (Guid?)r.c.ServiceId, r.c.ClosingYear, r.c.MonthCounts, r.c.MonthOffsets)).ToListAsync(ct),
            (_, false) => await joined.Select(r => new StoredRow(r.TeamId, (Guid?)r.c.OrganisationId, (Guid?)r.c.RegionId, (Guid?)r.c.ServiceId, r.c.ClosingYear, r.c.WorkerCounts, null)).ToListAsync(ct),
            (_, true) => await joined.Select(r => new StoredRow(r.TeamId, (Guid?)r.c.OrganisationId, (Guid?)r.c.RegionId, (Guid?)r.c.ServiceId, r.c.ClosingYear, r.c.WorkerCounts, r.c.WorkerOffsets)).ToListAsync(ct),
        };
        return (rows.Select(r => r.TeamId).ToHashSet(), rows.Where(r => r.OrganisationId is not null)
            .Select(r => (new Cell(r.OrganisationId!.Value, r.RegionId!.Value, r.TeamId, r.ServiceId!.Value, r.ClosingYear), r.Counts, r.Offsets)).ToList());
    }

    private sealed record StoredRow(Guid TeamId, Guid? OrganisationId, Guid? RegionId, Guid? ServiceId, int? ClosingYear, byte[]? Counts, byte[]? Offsets);

    private sealed record Row(Guid TeamId, Guid Stamp, Guid? OrganisationId, Guid? RegionId, Guid? ServiceId, int? ClosingYear,
        DateOnly? OpenedOn, DateOnly? ClosedOn, DateOnly?[] Dates, bool? StartedInPlanB, PlanB? PlanB, Placement? Placement,
        int? NetworkMembers, int? NetworkMeetings, int? CrisisBefore, int? CrisisAfter, string? Worker);

    /// <summary>The trajectories of one cell while it is built: all of them, and split by months and by worker.</summary>
    private sealed class Building
    {
        public DurationValues Values { get; } = new();
        public Tally Tally { get; } = new();
        public Dictionary<PartKey, (Tally Tally, DurationValues Values)> Months { get; } = [];
        public Dictionary<PartKey, (Tally Tally, DurationValues Values)> Workers { get; } = [];

        public static void Add(Dictionary<PartKey, (Tally Tally, DurationValues Values)> parts, PartKey key, Row r)
        {
            if (!parts.TryGetValue(key, out var part))
            {
                parts[key] = part = (new Tally(), new DurationValues());
            }
            Add(part.Tally, part.Values, r);
        }

        public static void Add(Tally tally, DurationValues values, Row r)
        {
            values.Add(r.OpenedOn!.Value, r.Dates, r.ClosedOn);
            tally.Add(r.ClosedOn, r.Dates, r.StartedInPlanB, r.PlanB, r.Placement, r.NetworkMembers, r.NetworkMeetings, r.CrisisBefore, r.CrisisAfter);
        }

        public static (byte[] Counts, byte[] Offsets) Pack(Dictionary<PartKey, (Tally Tally, DurationValues Values)> parts, bool months) =>
            CellPartCodec.Encode(parts.OrderBy(p => p.Key.OpenedMonth).ThenBy(p => p.Key.ClosedMonth ?? int.MaxValue)
                .ThenBy(p => p.Key.Worker, StringComparer.Ordinal).Select(p => (p.Key, p.Value.Tally, p.Value.Values)), months);
    }

    /// <summary>
    /// Rebuilds one team's cells from its trajectories, read together with its stamp in one statement,
    /// and stores them under that stamp. Storing is best effort: when it fails (another request stored
    /// the same team first, or a long import holds SQLite's write lock) the figures are still right,
    /// and the next request builds again.
    /// </summary>
    private static async Task<List<DurationCell>> BuildAsync(ZichtDb db, Guid team, ILogger? log, CancellationToken ct)
    {
        Guid? stamp = null;
        var cells = new Dictionary<Cell, Building>();
        var query = from s in db.Set<TeamFigureStamp>()
                    where s.TeamId == team
                    from t in db.Set<Trajectory>().Where(t => t.TeamId == s.TeamId).DefaultIfEmpty()
                    select new Row(s.TeamId, s.Stamp, (Guid?)t.OrganisationId, (Guid?)t.RegionId, (Guid?)t.ServiceId, t.ClosingYear,
                        (DateOnly?)t.OpenedOn, t.ClosedOn, StepQueries.Dates(t), t.StartedInPlanB, t.PlanB, t.Placement,
                        t.NetworkMembers, t.NetworkMeetings, t.CrisisBefore, t.CrisisAfter, t.Worker);
        await foreach (var r in query.Expanded().AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            stamp = r.Stamp;
            if (r.OpenedOn is not { } opened)
            {
                continue; // a team without trajectories
            }
            var cell = new Cell(r.OrganisationId!.Value, r.RegionId!.Value, r.TeamId, r.ServiceId!.Value, r.ClosingYear);
            if (!cells.TryGetValue(cell, out var building))
            {
                cells[cell] = building = new Building();
            }
            Building.Add(building.Tally, building.Values, r);
            Building.Add(building.Months, new PartKey(PartKey.MonthOf(opened), r.ClosedOn is { } closed ? PartKey.MonthOf(closed) : null, null), r);
            Building.Add(building.Workers, new PartKey(0, null, r.Worker), r);
        }
        var built = new List<DurationCell>(cells.Count);
        foreach (var (cell, building) in cells)
        {
            var (monthCounts, monthOffsets) = Building.Pack(building.Months, months: true);
            var (workerCounts, workerOffsets) = Building.Pack(building.Workers, months: false);
            built.Add(new DurationCell
            {
                OrganisationId = cell.OrganisationId,
                RegionId = cell.RegionId,
                TeamId = cell.TeamId,
                ServiceId = cell.ServiceId,
                ClosingYear = cell.ClosingYear,
                Offsets = DurationCellCodec.Encode(building.Values.Days),
                Counts = CountCellCodec.Encode(building.Tally),
                MonthCounts = monthCounts,
                MonthOffsets = monthOffsets,
                WorkerCounts = workerCounts,
                WorkerOffsets = workerOffsets,
            });
        }
        if (stamp is { } current)
        {
            await StoreAsync(db, team, current, built, log, ct);
        }
        return built;
    }

    private static async Task StoreAsync(ZichtDb db, Guid team, Guid stamp, List<DurationCell> cells, ILogger? log, CancellationToken ct)
    {
        if (db.ChangeTracker.HasChanges() || db.Database.CurrentTransaction is not null)
        {
            return; // someone else's unit of work: not ours to save
        }
        var sqlite = db.IsPostgres ? null : (SqliteConnection)db.Database.GetDbConnection();
        var timeout = sqlite?.DefaultTimeout;
        var commandTimeout = db.Database.GetCommandTimeout();
        var added = new List<object>(cells);
        try
        {
            if (sqlite is not null)
            {
                // Do not queue behind an import that holds the write lock: give up after two seconds.
                sqlite.DefaultTimeout = 2;
                db.Database.SetCommandTimeout(2);
            }
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Set<DurationCell>().Where(c => c.TeamId == team).ExecuteDeleteAsync(ct);
            await db.Set<DurationCellTeam>().Where(m => m.TeamId == team).ExecuteDeleteAsync(ct);
            added.Add(new DurationCellTeam { TeamId = team, Stamp = stamp, BuiltAt = DateTime.UtcNow });
            db.AddRange(added);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateException or DbException)
        {
            log?.LogWarning(e, "Figure cells of team {Team} not stored; they are built again next time", team);
        }
        finally
        {
            foreach (var entity in added)
            {
                db.Entry(entity).State = EntityState.Detached;
            }
            if (sqlite is not null)
            {
                sqlite.DefaultTimeout = timeout!.Value;
                db.Database.SetCommandTimeout(commandTimeout);
            }
        }
    }
}
