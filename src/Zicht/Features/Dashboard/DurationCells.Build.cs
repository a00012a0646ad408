using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Trajectories;

namespace Zicht.Features.Dashboard;

/// <summary>
/// Building a team's figure cells from its trajectories and storing them under the team stamp they were
/// read with (docs/decisions/034, 065, 085, 089); reading them for a filter is in DurationCells.cs.
/// </summary>
internal static partial class DurationCells
{
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
            await BuildAsync(db, stale[i], null, log, ct);
            // Nothing of a built team stays alive; collecting every few teams keeps the garbage of a hundred
            // builds from raising the import's peak memory (docs/decisions/086). After every team it doubled
            // the rebuild's time on a quiet machine (docs/decisions/091).
            if (i % 4 == 3)
            {
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            }
        }
    }

    internal sealed record Row(Guid TeamId, Guid Stamp, Guid? OrganisationId, Guid? RegionId, Guid? ServiceId, int? ClosingYear,
        DateOnly? OpenedOn, DateOnly? ClosedOn, DateOnly?[] Dates, bool? StartedInPlanB, PlanB? PlanB, Placement? Placement,
        int? NetworkMembers, int? NetworkMeetings, int? CrisisBefore, int? CrisisAfter, string? Worker);

    /// <summary>The trajectories of one cell while it is built: all of them, and split by months and by worker.</summary>
    private sealed class Building
    {
        public DurationValues Values { get; } = new();
        public Tally Tally { get; } = new();
        public Dictionary<PartKey, (Tally Tally, DurationValues Values)> Months { get; } = [];
        public Dictionary<PartKey, (Tally Tally, DurationValues Values)> Opened { get; } = [];
        public Dictionary<PartKey, (Tally Tally, DurationValues Values)> Workers { get; } = [];

        /// <summary>
        /// The whole cell and its parts by opening month are sums of the parts by (opening, closing) month:
        /// each trajectory is added twice per row (months, worker), not four times (docs/decisions/094).
        /// </summary>
        public void AddUpMonths()
        {
            foreach (var (key, part) in Months)
            {
                Tally.Add(part.Tally);
                Values.AddAll(part.Values);
                var opened = new PartKey(key.OpenedMonth, null, null);
                if (!Opened.TryGetValue(opened, out var sum))
                {
                    Opened[opened] = sum = (new Tally(), new DurationValues());
                }
                sum.Tally.Add(part.Tally);
                sum.Values.AddAll(part.Values);
            }
        }

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

        public static (byte[] Counts, byte[] Offsets) Pack(Dictionary<PartKey, (Tally Tally, DurationValues Values)> parts, PartKind kind) =>
            CellPartCodec.Encode(parts.OrderBy(p => p.Key.OpenedMonth).ThenBy(p => p.Key.ClosedMonth ?? int.MaxValue)
                .ThenBy(p => p.Key.Worker, StringComparer.Ordinal).Select(p => (p.Key, p.Value.Tally, p.Value.Values)), kind);
    }

    /// <summary>
    /// Rebuilds one team's cells from its trajectories, read together with its stamp in one statement,
    /// and stores them under that stamp. Storing is best effort: when it fails (another request stored
    /// the same team first, or a long import holds SQLite's write lock) the figures are still right,
    /// and the next request builds again. With a <paramref name="period"/> that has boundary months, the
    /// trajectories it leaves to their days (<see cref="PeriodCells.ByDays"/>) come back from the same pass.
    /// </summary>
    private static async Task<(List<DurationCell> Cells, List<Row> ByDays)> BuildAsync(ZichtDb db, Guid team, PeriodCells? period, ILogger? log, CancellationToken ct)
    {
        var byDays = new List<Row>();
        Guid? stamp = null;
        var cells = new Dictionary<Cell, Building>();
        await foreach (var r in RowsOf(db, db.Set<TeamFigureStamp>().Where(s => s.TeamId == team), t => true).AsAsyncEnumerable().WithCancellation(ct))
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
            if (period is { Partial.Count: > 0 } && period.ByDays(opened, r.ClosedOn))
            {
                byDays.Add(r);
            }
            Building.Add(building.Months, new PartKey(PartKey.MonthOf(opened), r.ClosedOn is { } closed ? PartKey.MonthOf(closed) : null, null), r);
            Building.Add(building.Workers, new PartKey(0, null, r.Worker), r);
        }
        var built = new List<DurationCell>(cells.Count);
        foreach (var (cell, building) in cells)
        {
            building.AddUpMonths();
            var (monthCounts, monthOffsets) = Building.Pack(building.Months, PartKind.Months);
            var (openedCounts, openedOffsets) = Building.Pack(building.Opened, PartKind.Opened);
            var (workerCounts, workerOffsets) = Building.Pack(building.Workers, PartKind.Workers);
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
                OpenedCounts = openedCounts,
                OpenedOffsets = openedOffsets,
                WorkerCounts = workerCounts,
                WorkerOffsets = workerOffsets,
            });
        }
        if (stamp is { } current)
        {
            await StoreAsync(db, team, current, built, log, ct);
        }
        return (built, byDays);
    }

    /// <summary>
    /// The <paramref name="which"/> trajectories of the given teams, each row with its team's stamp, read in
    /// one statement; a team without such trajectories gives one row with its stamp and no trajectory.
    /// </summary>
    internal static IQueryable<Row> RowsOf(ZichtDb db, IQueryable<TeamFigureStamp> stamps, Expression<Func<Trajectory, bool>> which) =>
        RowsOf(db, stamps, [which]);

    /// <summary>
    /// Every stamp (a team without a matching trajectory gives one row without it) with the trajectories
    /// of its team that match any of <paramref name="branches"/>, one statement: the branches are UNION ALL
    /// (each can use its own index), so a trajectory matching two branches comes twice; make them disjoint.
    /// </summary>
    internal static IQueryable<Row> RowsOf(ZichtDb db, IQueryable<TeamFigureStamp> stamps, List<Expression<Func<Trajectory, bool>>> branches)
    {
        var pairs = from s in stamps
                    from t in db.Set<Trajectory>().Where(t => t.TeamId == s.TeamId).Where(branches[0]).DefaultIfEmpty()
                    select new { s.TeamId, s.Stamp, t };
        foreach (var branch in branches.Skip(1))
        {
            pairs = pairs.Concat(from s in stamps
                                 join t in db.Set<Trajectory>().Where(branch) on s.TeamId equals t.TeamId
                                 select new { s.TeamId, s.Stamp, t });
        }
        return pairs.Select(p => new Row(p.TeamId, p.Stamp, (Guid?)p.t.OrganisationId, (Guid?)p.t.RegionId, (Guid?)p.t.ServiceId, p.t.ClosingYear,
            (DateOnly?)p.t.OpenedOn, p.t.ClosedOn, StepQueries.Dates(p.t), p.t.StartedInPlanB, p.t.PlanB, p.t.Placement,
            p.t.NetworkMembers, p.t.NetworkMeetings, p.t.CrisisBefore, p.t.CrisisAfter, p.t.Worker)).Expanded().AsNoTracking();
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
