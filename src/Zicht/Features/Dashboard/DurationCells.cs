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
/// (<see cref="TalliesAsync"/>, docs/decisions/065), and both split by opening × closing month, by opening
/// month and by worker (docs/decisions/085, 089): a period reads per cell only what its closing year needs
/// (<see cref="PeriodCells"/>), plus the few trajectories of its boundary months when it does not start or
/// end on a month boundary. A period with a worker goes to the trajectories. Building the cells: DurationCells.Build.cs.
/// </summary>
internal static partial class DurationCells
{
    internal sealed record Cell(Guid OrganisationId, Guid RegionId, Guid TeamId, Guid ServiceId, int? ClosingYear);

    /// <summary>
    /// Which stored figures answer a filter: the whole cell (no period, no worker), the whole cell or its
    /// month parts as each cell's closing year needs (a period, no worker) or its worker parts (the worker
    /// level or a single worker, no period).
    /// </summary>
    internal enum Source { Whole, Months, Workers }

    /// <summary>Null when no stored figures answer exactly (a period with a worker).</summary>
    internal static Source? SourceFor(FigureLevel level, FigureFilter f)
    {
        var byWorker = level == FigureLevel.Worker || f.Worker is not null;
        if (f.From is null && f.To is null)
        {
            return byWorker ? Source.Workers : Source.Whole;
        }
        return byWorker ? null : Source.Months;
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

    private static Source Served(FigureLevel level, FigureFilter f) =>
        SourceFor(level, f) ?? throw new InvalidOperationException("The stored figure cells cannot answer this filter.");

    private delegate void FigureHandler(Cell cell, string? worker, ReadOnlySpan<byte> tally, ReadOnlySpan<byte> offsets);

    /// <summary>
    /// Hands every covered cell (or part of one) to <paramref name="handle"/>: stored cells of teams whose
    /// stamp is current, then the other teams, rebuilt one at a time (so memory stays one team's worth).
    /// A period with boundary months adds the trajectories left to their days (<see cref="PeriodCells.ByDays"/>),
    /// read under the same team stamps as the cells (a team whose stamp moved in between is rebuilt).
    /// </summary>
    private static async Task VisitAsync(ZichtDb db, FigureFilter f, IReadOnlyCollection<Guid>? serviceIds, Source source, bool offsets,
        FigureHandler handle, ILogger? log, CancellationToken ct)
    {
        var period = source == Source.Months ? PeriodCells.Of(f) : null;
        Func<PartKey, bool> worker = f.Worker is { } w ? k => string.Equals(k.Worker, w, StringComparison.Ordinal) : _ => true;
        void Visit(StoredRow r, Cell cell)
        {
            if (!Covers(f, serviceIds, cell))
            {
                return;
            }
            switch (source, period?.ReadFor(cell.ClosingYear))
            {
                case (Source.Whole, _) or (Source.Months, CellRead.Whole):
                    handle(cell, null, Read(r.Counts), r.Offsets);
                    break;
                case (Source.Workers, _):
                    Parts(r.Counts, r.Offsets, PartKind.Workers, worker);
                    break;
                case (_, CellRead.Opened):
                    Parts(r.OpenedCounts, r.OpenedOffsets, PartKind.Opened, k => period!.InByMonths(k.OpenedMonth, null));
                    break;
                case (_, CellRead.Both):
                    Parts(r.MonthCounts, r.MonthOffsets, PartKind.Months, k => period!.InByMonths(k.OpenedMonth, k.ClosedMonth));
                    break;
                default:
                    break; // closed before the period
            }

            void Parts(byte[]? counts, byte[]? partOffsets, PartKind kind, Func<PartKey, bool> take) =>
                CellPartCodec.Decode(Read(counts), offsets ? Read(partOffsets) : null, kind, take,
                    (in PartKey key, ReadOnlySpan<byte> tally, ReadOnlySpan<byte> o) => handle(cell, key.Worker, tally, o));
        }
        void VisitDays(IEnumerable<Row> rows)
        {
            var cells = new Dictionary<Cell, Building>();
            foreach (var r in rows.Where(r => r.OpenedOn is { } opened && period!.ByDays(opened, r.ClosedOn)))
            {
                var cell = new Cell(r.OrganisationId!.Value, r.RegionId!.Value, r.TeamId, r.ServiceId!.Value, r.ClosingYear);
                if (!cells.TryGetValue(cell, out var building))
                {
                    cells[cell] = building = new Building();
                }
                Building.Add(building.Tally, building.Values, r);
            }
            foreach (var (cell, b) in cells.Where(c => Covers(f, serviceIds, c.Key)))
            {
                handle(cell, null, CountCellCodec.Encode(b.Tally), offsets ? DurationCellCodec.Encode(b.Values.Days) : []);
            }
        }

        var teams = await TeamsInScopeAsync(db, f, ct);
        var (fresh, stored) = await StoredAsync(db, f, source, period, offsets, ct);
        if (period is { Partial.Count: > 0 } && fresh.Count > 0)
        {
            var days = await ByDaysAsync(db, fresh.Keys, period, ct);
            // Cells and days must be of one state of each team: a team written in between is built afresh below.
            var now = days.GroupBy(r => r.TeamId).ToDictionary(g => g.Key, g => g.First().Stamp);
            foreach (var moved in fresh.Where(t => now.GetValueOrDefault(t.Key) != t.Value).Select(t => t.Key).ToList())
            {
                fresh.Remove(moved);
            }
            VisitDays(days.Where(r => fresh.ContainsKey(r.TeamId)));
        }
        foreach (var r in stored.Where(r => fresh.ContainsKey(r.TeamId)))
        {
            Visit(r, new Cell(r.OrganisationId!.Value, r.RegionId!.Value, r.TeamId, r.ServiceId!.Value, r.ClosingYear));
        }
        foreach (var team in teams.Where(t => !fresh.ContainsKey(t)))
        {
            var (built, byDays) = await BuildAsync(db, team, period, log, ct);
            foreach (var c in built)
            {
                var row = source == Source.Workers
                    ? new StoredRow(c.TeamId, default, c.OrganisationId, c.RegionId, c.ServiceId, c.ClosingYear, c.WorkerCounts, c.WorkerOffsets, null, null, null, null)
                    : new StoredRow(c.TeamId, default, c.OrganisationId, c.RegionId, c.ServiceId, c.ClosingYear, c.Counts, c.Offsets,
                        c.OpenedCounts, c.OpenedOffsets, c.MonthCounts, c.MonthOffsets);
                Visit(row, new Cell(c.OrganisationId, c.RegionId, c.TeamId, c.ServiceId, c.ClosingYear));
            }
            if (period is { Partial.Count: > 0 })
            {
                VisitDays(byDays);
            }
        }
    }

    private static byte[] Read(byte[]? column) =>
        column ?? throw new InvalidOperationException("A figure cell's column was not read for the part it needs.");

    /// <summary>
    /// The trajectories of the given teams opened or closed in the period's boundary months, with each team's
    /// stamp: one statement, so one snapshot, made of one index range per boundary month for the openings
    /// and one for the closings (UNION ALL; a closing branch leaves out what an opening branch has). One
    /// OR over the four ranges made SQLite walk every row of every team (decision 089).
    /// </summary>
    private static Task<List<Row>> ByDaysAsync(ZichtDb db, IEnumerable<Guid> teams, PeriodCells period, CancellationToken ct)
    {
        var ids = teams.ToList();
        var stamps = db.Set<TeamFigureStamp>().Where(s => ids.Contains(s.TeamId));
        var (s1, e1) = MonthDays(period.Partial[0]);
        var (s2, e2) = MonthDays(period.Partial[^1]);
        var branches = new List<System.Linq.Expressions.Expression<Func<Trajectory, bool>>>
        {
            t => t.OpenedOn >= s1 && t.OpenedOn <= e1,
            t => t.ClosedOn >= s1 && t.ClosedOn <= e1 && !(t.OpenedOn >= s1 && t.OpenedOn <= e1) && !(t.OpenedOn >= s2 && t.OpenedOn <= e2),
        };
        if (period.Partial.Count > 1)
        {
            branches.Add(t => t.OpenedOn >= s2 && t.OpenedOn <= e2);
            branches.Add(t => t.ClosedOn >= s2 && t.ClosedOn <= e2 && !(t.OpenedOn >= s1 && t.OpenedOn <= e1) && !(t.OpenedOn >= s2 && t.OpenedOn <= e2));
        }
        return RowsOf(db, stamps, branches).ToListAsync(ct);

        static (DateOnly First, DateOnly Last) MonthDays(int month)
        {
            var first = new DateOnly(month / 12, (month % 12) + 1, 1);
            return (first, first.AddMonths(1).AddDays(-1));
        }
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
    internal static async Task<List<Guid>> TeamsInScopeAsync(ZichtDb db, FigureFilter f, CancellationToken ct)
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
    /// The teams whose cells are current (with their stamps), with those cells' columns the source needs:
    /// one statement, so one snapshot (a team's stamp cannot change between reading its marker and its
    /// cells). A period reads, per cell, only the column its closing year needs (<see cref="PeriodCells.ReadFor"/>).
    /// </summary>
    private static async Task<(Dictionary<Guid, Guid> Fresh, List<StoredRow> Cells)> StoredAsync(ZichtDb db, FigureFilter f,
        Source source, PeriodCells? period, bool offsets, CancellationToken ct)
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
                     select new { m.TeamId, m.Stamp, c };
        var (skipBelow, wholeFrom, wholeTo, openedAbove) = period is null ? (0, 0, 0, 0) : (period.SkipBelow, period.WholeFrom, period.WholeTo, period.OpenedAbove);
        // Only the columns asked for: a page of counts need not read the offsets, a period not the parts it skips.
        var rows = source switch
        {
            Source.Whole => await joined.Select(r => new StoredRow(r.TeamId, r.Stamp, (Guid?)r.c.OrganisationId, (Guid?)r.c.RegionId, (Guid?)r.c.ServiceId, r.c.ClosingYear,
                r.c.Counts, offsets ? r.c.Offsets : null, null, null, null, null)).ToListAsync(ct),
            Source.Workers => await joined.Select(r => new StoredRow(r.TeamId, r.Stamp, (Guid?)r.c.OrganisationId, (Guid?)r.c.RegionId, (Guid?)r.c.ServiceId, r.c.ClosingYear,
                r.c.WorkerCounts, offsets ? r.c.WorkerOffsets : null, null, null, null, null)).ToListAsync(ct),
            _ => await joined.Select(r => new StoredRow(r.TeamId, r.Stamp, (Guid?)r.c.OrganisationId, (Guid?)r.c.RegionId, (Guid?)r.c.ServiceId, r.c.ClosingYear,
                r.c.ClosingYear >= wholeFrom && r.c.ClosingYear <= wholeTo ? r.c.Counts : null,
                offsets && r.c.ClosingYear >= wholeFrom && r.c.ClosingYear <= wholeTo ? r.c.Offsets : null,
                r.c.ClosingYear == null || r.c.ClosingYear > openedAbove ? r.c.OpenedCounts : null,
                offsets && (r.c.ClosingYear == null || r.c.ClosingYear > openedAbove) ? r.c.OpenedOffsets : null,
                r.c.ClosingYear >= skipBelow && r.c.ClosingYear <= openedAbove && (r.c.ClosingYear < wholeFrom || r.c.ClosingYear > wholeTo) ? r.c.MonthCounts : null,
                offsets && r.c.ClosingYear >= skipBelow && r.c.ClosingYear <= openedAbove && (r.c.ClosingYear < wholeFrom || r.c.ClosingYear > wholeTo) ? r.c.MonthOffsets : null))
                .ToListAsync(ct),
        };
        var fresh = new Dictionary<Guid, Guid>();
        foreach (var r in rows)
        {
            fresh[r.TeamId] = r.Stamp;
        }
        return (fresh, [.. rows.Where(r => r.OrganisationId is not null)]);
    }

    private sealed record StoredRow(Guid TeamId, Guid Stamp, Guid? OrganisationId, Guid? RegionId, Guid? ServiceId, int? ClosingYear, byte[]? Counts, byte[]? Offsets,
        byte[]? OpenedCounts, byte[]? OpenedOffsets, byte[]? MonthCounts, byte[]? MonthOffsets);
}
