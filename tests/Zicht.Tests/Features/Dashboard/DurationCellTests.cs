using Microsoft.EntityFrameworkCore;
using Xunit;
using Zicht.Data;
using Zicht.Features.Dashboard;
using Zicht.Features.Trajectories;
using Zicht.Kernel;
using Zicht.Tests.Infrastructure;

namespace Zicht.Tests.Features.Dashboard;

/// <summary>The seeded trajectories of <see cref="FigureQueryTests.SeedAsync"/> in an app database (SQLite or PostgreSQL).</summary>
public sealed class SeededApp : ZichtApp
{
    public FigureQueryTests.Sample Sample { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Sample = await Data.WithDbAsync(db => FigureQueryTests.SeedAsync(db, count: 400, seed: 11));
    }
}

/// <summary>
/// Durations read from the stored cells must be exactly the durations read from the trajectories, and a
/// write to a team's trajectories must never leave its old cells in use.
/// </summary>
public class DurationCellTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Packing_keeps_every_offset()
    {
        List<int>[] days = [[5, -3, 5, 0, 900, -120], [], [int.MaxValue, int.MinValue, 0], [42]];
        var unpacked = days.Select(_ => new List<int>()).ToArray();

        DurationCellCodec.Decode(DurationCellCodec.Encode(days), days.Length, (i, values) => unpacked[i].AddRange(values));

        Assert.Equal(days.Select(d => d.Order().ToList()), unpacked.Select(u => u.ToList()));
    }

    [Fact]
    public async Task Cells_give_the_figures_of_the_trajectories_at_every_level_and_filter()
    {
        var teams = app.Sample.TeamNames.Keys.ToList();
        var regions = app.Sample.RegionNames.Keys.ToList();
        FigureFilter[] filters =
        [
            new(), new() { Service = "ocj" }, new() { Status = TrajectoryStatus.Open }, new() { Status = TrajectoryStatus.Closed, ThresholdMonths = 3 },
            new() { TeamIds = [teams[0]] }, new() { RegionIds = [regions[1]], Service = "OCJ" }, new() { TeamIds = [teams[1], app.Sample.EmptyTeam] },
            new() { From = new(2020, 1, 1), To = new(2020, 12, 31) }, new() { From = new(2021, 3, 1), ThresholdMonths = 3 }, new() { To = new(2020, 6, 30) },
            new() { From = new(2020, 4, 1), To = new(2020, 6, 30), Status = TrajectoryStatus.Closed, Service = "ocj" },
            new() { Worker = "W3" }, new() { Worker = "W6", RegionIds = [regions[0]] },
            .. CountCellTests.MidMonthPeriods(regions[1]),
        ];
        FigureLevel[] levels = [FigureLevel.Organisation, FigureLevel.Region, FigureLevel.Team, FigureLevel.Service, FigureLevel.ClosingYear, FigureLevel.Worker];
        var compared = 0;
        foreach (var filter in filters)
        {
            foreach (var level in levels)
            {
                var period = filter.From is not null || filter.To is not null;
                Assert.Equal(!(period && level == FigureLevel.Worker), DurationCells.CanServe(level, filter));
                var (fromCells, fromRows) = await app.Data.WithDbAsync(async db =>
                {
                    var queries = new FigureQueries(db);
                    return (await queries.DurationsAsync(level, filter, Ct), await queries.DurationsFromTrajectoriesAsync(level, filter, Ct));
                });
                Assert.Equal(fromRows, fromCells);
                compared += fromRows.Count(r => r.N > 0);
            }
        }
        Assert.True(compared > 600, $"{compared} non-empty rows compared");
        Assert.True(DurationCells.CanServe(FigureLevel.Region, new FigureFilter { From = new DateOnly(2020, 1, 10) }));
        Assert.False(DurationCells.CanServe(FigureLevel.Worker, new FigureFilter { From = new DateOnly(2020, 1, 1) }));
    }

    [Fact]
    public async Task The_mirror_gives_the_durations_of_the_trajectories_for_periods_by_worker_and_mid_month()
    {
        var teams = app.Sample.TeamNames.Keys.ToList();
        var regions = app.Sample.RegionNames.Keys.ToList();
        FigureFilter[] filters =
        [
            new() { From = new(2020, 1, 1), To = new(2020, 12, 31) }, new() { From = new(2021, 3, 1), ThresholdMonths = 3 },
            new() { To = new(2020, 6, 30), Status = TrajectoryStatus.Closed }, new() { From = new(2020, 2, 1), To = new(2020, 2, 29), Service = "ocj" },
            new() { From = new(2020, 1, 15), To = new(2020, 11, 20), TeamIds = [teams[0]], ThresholdMonths = 1 },
            new() { From = new(2020, 3, 1), To = new(2021, 8, 31), Worker = "W3" },
            .. CountCellTests.MidMonthPeriods(regions[0]),
        ];
        FigureLevel[] levels = [FigureLevel.Organisation, FigureLevel.Region, FigureLevel.Team, FigureLevel.Service, FigureLevel.ClosingYear, FigureLevel.Worker];
        var mirrored = 0;
        await using var mirror = new FigureMirror();
        foreach (var filter in filters)
        {
            foreach (var level in levels)
            {
                var (fromMirror, fromRows) = await app.Data.WithDbAsync(async db =>
                    (await new FigureQueries(db, null, mirror).DurationsAsync(level, filter, Ct), await new FigureQueries(db).DurationsFromTrajectoriesAsync(level, filter, Ct)));
                Assert.Equal(fromRows, fromMirror);
                mirrored += FigureMirror.ServesDurations(level, filter) ? fromRows.Count(r => r.N > 0) : 0;
            }
        }
        Assert.True(mirrored > 300, $"{mirrored} non-empty rows compared from the mirror");
        Assert.True(FigureMirror.ServesDurations(FigureLevel.Worker, new FigureFilter { From = new(2020, 1, 1), To = new(2020, 12, 31) }));
        Assert.False(FigureMirror.ServesDurations(FigureLevel.Service, new FigureFilter { From = new(2020, 1, 15) }));
        Assert.False(FigureMirror.ServesDurations(FigureLevel.Region, new FigureFilter { From = new(2020, 1, 1), To = new(2020, 12, 31) }));
    }

    [Fact]
    public async Task Cells_are_stored_and_a_change_to_a_trajectory_rebuilds_only_its_team()
    {
        var queries = (ZichtDb db) => new FigureQueries(db).DurationsAsync(FigureLevel.Region, new FigureFilter(), Ct);
        await app.Data.WithDbAsync(queries);
        var built = await MarkersAsync();
        Assert.Equal(await StampsAsync(), built.ToDictionary(m => m.Key, m => m.Value.Stamp));

        // A later closing date for one trajectory: a tracked change through SaveChanges.
        var changed = app.Sample.Rows.First(t => t.ClosedOn is not null);
        await app.Data.WithDbAsync(async db =>
        {
            var row = await db.Set<Trajectory>().SingleAsync(t => t.Id == changed.Id, Ct);
            row.ClosedOn = row.ClosedOn!.Value.AddDays(400);
            await db.SaveChangesAsync(Ct);
        });
        var stamps = await StampsAsync();
        Assert.NotEqual(built[changed.TeamId].Stamp, stamps[changed.TeamId]);
        Assert.All(stamps.Where(s => s.Key != changed.TeamId), s => Assert.Equal(built[s.Key].Stamp, s.Value));

        var (fromCells, fromRows) = await app.Data.WithDbAsync(async db =>
            (await queries(db), await new FigureQueries(db).DurationsFromTrajectoriesAsync(FigureLevel.Region, new FigureFilter(), Ct)));
        Assert.Equal(fromRows, fromCells);
        var rebuilt = await MarkersAsync();
        Assert.Equal(stamps[changed.TeamId], rebuilt[changed.TeamId].Stamp);
        Assert.All(rebuilt.Where(m => m.Key != changed.TeamId), m => Assert.Equal(built[m.Key].BuiltAt, m.Value.BuiltAt));
    }

    [Fact]
    public async Task Trajectories_written_by_an_import_and_removed_later_are_counted_at_once()
    {
        var team = app.Sample.Rows[0];
        await app.Data.WithDbAsync(db => new FigureQueries(db).DurationsAsync(FigureLevel.Organisation, new FigureFilter(), Ct));
        var fresh = Enumerable.Range(0, 30).Select(i => new Trajectory
        {
            CaseRef = $"IMPORTED-{i}",
            OrganisationId = team.OrganisationId,
            ServiceId = team.ServiceId,
            RegionId = team.RegionId,
            TeamId = team.TeamId,
            OpenedOn = new DateOnly(2021, 3, 1),
            ClosedOn = new DateOnly(2021, 3, 1).AddDays(3000 + i),
            Step12 = new DateOnly(2021, 3, 1).AddDays(-50),
        }).ToList();
        await app.Data.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            await new BulkTrajectoryWriter(db).InsertAsync(fresh, Ct);
            await transaction.CommitAsync(Ct);
        });
        var organisation = await OrganisationDurationsAsync();
        Assert.Equal(await OrganisationDurationsAsync(fromTrajectories: true), organisation);
        var trajectory = organisation.Single(r => r.Indicator == "trajectory");
        Assert.Equal((3029 / Months.DaysPerMonth), trajectory.MaxMonths!.Value, 6);

        await app.Data.WithDbAsync(async db =>
        {
            db.RemoveRange(await db.Set<Trajectory>().Where(t => t.CaseRef.StartsWith("IMPORTED-")).ToListAsync(Ct));
            await db.SaveChangesAsync(Ct);
        });
        var after = await OrganisationDurationsAsync();
        Assert.Equal(await OrganisationDurationsAsync(fromTrajectories: true), after);
        Assert.True(after.Single(r => r.Indicator == "trajectory").MaxMonths < 3000 / Months.DaysPerMonth);
    }

    [Fact]
    public async Task An_import_leaves_the_cells_of_the_teams_it_wrote_to_ready()
    {
        var csv = "case_ref,organisation,service,region,team,opened_on,closed_on\n"
            + string.Concat(Enumerable.Range(0, 5).Select(i => $"READY-{i},OSD,OCJ,Limburg,Hasselt,2022-01-0{i + 1},2023-02-01\n"));
        var hasselt = app.Sample.TeamNames.Single(t => t.Value == "Hasselt").Key;

        var outcome = await app.Data.WithDbAsync(db => new TrajectoryImport(db, TimeProvider.System).ImportAsync(new StringReader(csv), "ready.csv", false, null, Ct));

        Assert.True(outcome.Accepted, string.Join("; ", outcome.Problems));
        Assert.Equal((await StampsAsync())[hasselt], (await MarkersAsync())[hasselt].Stamp);
    }

    private Task<List<DurationRow>> OrganisationDurationsAsync(bool fromTrajectories = false) => app.Data.WithDbAsync(db => fromTrajectories
        ? new FigureQueries(db).DurationsFromTrajectoriesAsync(FigureLevel.Organisation, new FigureFilter(), Ct)
        : new FigureQueries(db).DurationsAsync(FigureLevel.Organisation, new FigureFilter(), Ct));

    private Task<Dictionary<Guid, Guid>> StampsAsync() =>
        app.Data.WithDbAsync(db => db.Set<TeamFigureStamp>().ToDictionaryAsync(s => s.TeamId, s => s.Stamp, Ct));

    private Task<Dictionary<Guid, DurationCellTeam>> MarkersAsync() =>
        app.Data.WithDbAsync(db => db.Set<DurationCellTeam>().AsNoTracking().ToDictionaryAsync(m => m.TeamId, Ct));
}
