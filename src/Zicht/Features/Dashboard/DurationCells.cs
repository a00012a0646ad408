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
/// trajectories first. Cells hold no dates, so a period or a single worker goes to the trajectories.
/// The same cells hold the counts of the breadth and core-data pages (<see cref="TalliesAsync"/>, docs/decisions/065).
/// </summary>
internal static class DurationCells
{
    internal sealed record Cell(Guid OrganisationId, Guid RegionId, Guid TeamId, Guid ServiceId, int? ClosingYear);

    public static bool CanServe(FigureLevel level, FigureFilter f) =>
        level != FigureLevel.Worker && f.From is null && f.To is null && f.Worker is null;

    /// <summary>The filter's day offsets grouped by <paramref name="groupOf"/> (null leaves a cell out).</summary>
    public static async Task<Dictionary<string, DurationValues>> GroupAsync(ZichtDb db, FigureFilter f, IReadOnlyCollection<Guid>? serviceIds,
        Func<Guid, Guid, Guid, Guid, int?, string?> groupOf, ILogger? log, CancellationToken ct)
    {
        var groups = new Dictionary<string, DurationValues>(StringComparer.Ordinal);
        DurationValues? Into(Cell c)
        {
            var group = groupOf(c.OrganisationId, c.RegionId, c.TeamId, c.ServiceId, c.ClosingYear);
            if (group is null || !Covers(f, serviceIds, c))
            {
                return null;
            }
            if (!groups.TryGetValue(group, out var values))
            {
                groups[group] = values = new DurationValues();
            }
            return values;
        }

        var teams = await TeamsInScopeAsync(db, f, ct);
        var (fresh, stored) = await StoredAsync(db, f, counts: false, ct);
        foreach (var (cell, offsets) in stored)
        {
            if (Into(cell) is { } values)
            {
                DurationCellCodec.Decode(offsets, DurationValues.Indicators.Count, values.AddDays);
            }
        }
        var stale = teams.Where(t => !fresh.Contains(t)).ToList();
        if (stale.Count > 0)
        {
            foreach (var (cell, built, _) in await BuildAsync(db, stale, log, ct))
            {
                Into(cell)?.AddAll(built);
            }
        }
        return groups;
    }

    /// <summary>
    /// The counts of every cell the filter covers (breadth and core data), from stored cells whose team
    /// stamp is current, the other teams rebuilt first: exactly what a GROUP BY over the trajectories gives.
    /// </summary>
    public static async Task<List<(Cell Cell, Tally Tally)>> TalliesAsync(ZichtDb db, FigureFilter f, IReadOnlyCollection<Guid>? serviceIds,
        ILogger? log, CancellationToken ct)
    {
        var teams = await TeamsInScopeAsync(db, f, ct);
        var (fresh, stored) = await StoredAsync(db, f, counts: true, ct);
        var tallies = stored.Where(c => Covers(f, serviceIds, c.Cell)).Select(c => (c.Cell, CountCellCodec.Decode(c.Bytes))).ToList();
        var stale = teams.Where(t => !fresh.Contains(t)).ToList();
        if (stale.Count > 0)
        {
            tallies.AddRange((await BuildAsync(db, stale, log, ct)).Where(b => Covers(f, serviceIds, b.Cell)).Select(b => (b.Cell, b.Tally)));
        }
        return tallies;
    }

    /// <summary>Builds and stores the cells of every team whose stamp moved (after an import, so the next view is quick).</summary>
    public static async Task RefreshAsync(ZichtDb db, ILogger? log, CancellationToken ct)
    {
        var stale = await (from s in db.Set<TeamFigureStamp>()
                           join m in db.Set<DurationCellTeam>() on s.TeamId equals m.TeamId into built
                           from m in built.DefaultIfEmpty()
                           where m == null || m.Stamp != s.Stamp
                           select s.TeamId).ToListAsync(ct);
        if (stale.Count > 0)
        {
            await BuildAsync(db, stale, log, ct);
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
    /// The teams whose cells are current, with those cells' offsets or counts: one statement, so one
    /// snapshot (a team's stamp cannot change between reading its marker and its cells).
    /// </summary>
    private static async Task<(HashSet<Guid> Fresh, List<(Cell Cell, byte[] Bytes)> Cells)> StoredAsync(ZichtDb db, FigureFilter f, bool counts, CancellationToken ct)
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
        // Only the column asked for: a page of counts need not read 16 MB of offsets.
        var rows = counts
            ? await joined.Select(r => new StoredRow(r.TeamId, (Guid?)r.c.OrganisationId, (Guid?)r.c.RegionId, (Guid?)r.c.ServiceId, r.c.ClosingYear, r.c.Counts)).ToListAsync(ct)
            : await joined.Select(r => new StoredRow(r.TeamId, (Guid?)r.c.OrganisationId, (Guid?)r.c.RegionId, (Guid?)r.c.ServiceId, r.c.ClosingYear, r.c.Offsets)).ToListAsync(ct);
        return (rows.Select(r => r.TeamId).ToHashSet(), rows.Where(r => r.OrganisationId is not null)
            .Select(r => (new Cell(r.OrganisationId!.Value, r.RegionId!.Value, r.TeamId, r.ServiceId!.Value, r.ClosingYear), r.Bytes!)).ToList());
    }

    private sealed record StoredRow(Guid TeamId, Guid? OrganisationId, Guid? RegionId, Guid? ServiceId, int? ClosingYear, byte[]? Bytes);

    private sealed record Row(Guid TeamId, Guid Stamp, Guid? OrganisationId, Guid? RegionId, Guid? ServiceId, int? ClosingYear,
        DateOnly? OpenedOn, DateOnly? ClosedOn, DateOnly?[] Dates, bool? StartedInPlanB, PlanB? PlanB, Placement? Placement,
        int? NetworkMembers, int? NetworkMeetings, int? CrisisBefore, int? CrisisAfter);

    /// <summary>
    /// Rebuilds the teams' cells from their trajectories, read together with each team's stamp in one
    /// statement, and stores them under that stamp. Storing is best effort: when it fails (another
    /// request stored the same team first, or a long import holds SQLite's write lock) the figures are
    /// still right, and the next request builds again.
    /// </summary>
    private static async Task<List<(Cell Cell, DurationValues Values, Tally Tally)>> BuildAsync(ZichtDb db, List<Guid> teams, ILogger? log, CancellationToken ct)
    {
        var stamps = new Dictionary<Guid, Guid>();
        var cells = new Dictionary<Cell, (DurationValues Values, Tally Tally)>();
        var query = from s in db.Set<TeamFigureStamp>()
                    where teams.Contains(s.TeamId)
                    from t in db.Set<Trajectory>().Where(t => t.TeamId == s.TeamId).DefaultIfEmpty()
                    select new Row(s.TeamId, s.Stamp, (Guid?)t.OrganisationId, (Guid?)t.RegionId, (Guid?)t.ServiceId, t.ClosingYear,
                        (DateOnly?)t.OpenedOn, t.ClosedOn, StepQueries.Dates(t), t.StartedInPlanB, t.PlanB, t.Placement,
                        t.NetworkMembers, t.NetworkMeetings, t.CrisisBefore, t.CrisisAfter);
        await foreach (var r in query.Expanded().AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            stamps[r.TeamId] = r.Stamp;
            if (r.OpenedOn is not { } opened)
            {
                continue; // a team without trajectories
            }
            var cell = new Cell(r.OrganisationId!.Value, r.RegionId!.Value, r.TeamId, r.ServiceId!.Value, r.ClosingYear);
            if (!cells.TryGetValue(cell, out var both))
            {
                cells[cell] = both = (new DurationValues(), new Tally());
            }
            both.Values.Add(opened, r.Dates, r.ClosedOn);
            both.Tally.Add(r.ClosedOn, r.Dates, r.StartedInPlanB, r.PlanB, r.Placement, r.NetworkMembers, r.NetworkMeetings, r.CrisisBefore, r.CrisisAfter);
        }
        await StoreAsync(db, stamps, cells, log, ct);
        return [.. cells.Select(c => (c.Key, c.Value.Values, c.Value.Tally))];
    }

    private static async Task StoreAsync(ZichtDb db, Dictionary<Guid, Guid> stamps, Dictionary<Cell, (DurationValues Values, Tally Tally)> cells, ILogger? log, CancellationToken ct)
    {
        if (db.ChangeTracker.HasChanges() || db.Database.CurrentTransaction is not null)
        {
            return; // someone else's unit of work: not ours to save
        }
        var teams = stamps.Keys.ToList();
        var sqlite = db.IsPostgres ? null : (SqliteConnection)db.Database.GetDbConnection();
        var timeout = sqlite?.DefaultTimeout;
        var commandTimeout = db.Database.GetCommandTimeout();
        var added = new List<object>();
        try
        {
            if (sqlite is not null)
            {
                // Do not queue behind an import that holds the write lock: give up after two seconds.
                sqlite.DefaultTimeout = 2;
                db.Database.SetCommandTimeout(2);
            }
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Set<DurationCell>().Where(c => teams.Contains(c.TeamId)).ExecuteDeleteAsync(ct);
            await db.Set<DurationCellTeam>().Where(m => teams.Contains(m.TeamId)).ExecuteDeleteAsync(ct);
            var now = DateTime.UtcNow;
            added.AddRange(cells.Select(c => new DurationCell
            {
                OrganisationId = c.Key.OrganisationId,
                RegionId = c.Key.RegionId,
                TeamId = c.Key.TeamId,
                ServiceId = c.Key.ServiceId,
                ClosingYear = c.Key.ClosingYear,
                Offsets = DurationCellCodec.Encode(c.Value.Values.Days),
                Counts = CountCellCodec.Encode(c.Value.Tally),
            }));
            added.AddRange(stamps.Select(s => new DurationCellTeam { TeamId = s.Key, Stamp = s.Value, BuiltAt = now }));
            db.AddRange(added);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (Exception e) when (e is DbUpdateException or DbException)
        {
            log?.LogWarning(e, "Duration cells of {Teams} teams not stored; they are built again next time", teams.Count);
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
