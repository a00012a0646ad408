using Microsoft.EntityFrameworkCore;
using Xunit;
using Zicht.Features.Dashboard;
using Zicht.Features.Trajectories;

namespace Zicht.Tests.Features.Dashboard;

/// <summary>
/// The counts the breadth and core-data pages read from the stored figure cells must be exactly the
/// counts of a GROUP BY over the trajectories (random data, both databases), and a write must never
/// leave old counts in use (docs/decisions/065).
/// </summary>
public class CountCellTests(SeededApp app) : IClassFixture<SeededApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Packing_keeps_every_count()
    {
        var tally = new Tally { MembersSum = 12_345_678_901, MembersKnown = 7, MeetingsSum = 0, MeetingsKnown = 3, CrisisBefore = 2, CrisisAfter = 130 };
        tally.Breadth.Trajectories = 1_000_000;
        tally.Breadth.Closed = 750_001;
        tally.Breadth.PlanBResidential = 5;
        tally.Breadth.Dated[^1] = 64;
        tally.Breadth.Dated[0] = 127;

        var unpacked = CountCellCodec.Decode(CountCellCodec.Encode(tally));

        Assert.Equal(tally.ToNumbers(), unpacked.ToNumbers());
    }

    [Fact]
    public async Task Cells_give_the_tallies_of_the_trajectories_at_every_level_and_filter()
    {
        var teams = app.Sample.TeamNames.Keys.ToList();
        var regions = app.Sample.RegionNames.Keys.ToList();
        FigureFilter[] filters =
        [
            new(), new() { Service = "ocj" }, new() { Status = TrajectoryStatus.Open }, new() { Status = TrajectoryStatus.Closed },
            new() { TeamIds = [teams[0]] }, new() { RegionIds = [regions[1]], Service = "OCJ" }, new() { TeamIds = [teams[1], app.Sample.EmptyTeam] },
            new() { RegionIds = [regions[0]], Status = TrajectoryStatus.Closed, Service = "SDJ" },
        ];
        FigureLevel[] levels = [FigureLevel.Organisation, FigureLevel.Region, FigureLevel.Team, FigureLevel.Service, FigureLevel.ClosingYear];
        var compared = 0;
        foreach (var filter in filters)
        {
            foreach (var level in levels)
            {
                Assert.True(DurationCells.CanServe(level, filter));
                var (fromCells, fromRows) = await app.Data.WithDbAsync(async db =>
                {
                    var queries = new FigureQueries(db);
                    return (await queries.TallyAsync(level, filter, Ct), await queries.TallyFromTrajectoriesAsync(level, filter, Ct));
                });
                Assert.Equal(fromRows.Breadth, fromCells.Breadth);
                Assert.Equal(fromRows.BreadthTrend, fromCells.BreadthTrend);
                Assert.Equal(fromRows.Counts, fromCells.Counts);
                Assert.Equal(fromRows.CountsTrend, fromCells.CountsTrend);
                compared += fromRows.Groups.Count(g => g.Tally.Breadth.Trajectories > 0);
            }
        }
        Assert.True(compared > 50, $"{compared} non-empty groups compared");
    }

    [Fact]
    public async Task Cells_give_the_figures_the_definitions_give()
    {
        // The definitions in memory (BreadthCounts.Of, CountsRow.Of) over the sample, against the page's read.
        var page = await app.Data.WithDbAsync(db => new FigureQueries(db).TallyAsync(FigureLevel.Team, new FigureFilter(), Ct));
        var rows = await app.Data.WithDbAsync(db => db.Set<Trajectory>().AsNoTracking().ToListAsync(Ct));
        foreach (var (team, name) in app.Sample.TeamNames)
        {
            var mine = rows.Where(t => t.TeamId == team).ToList();
            Assert.Equal(BreadthCounts.Of(mine).ToRows("team", name), page.Breadth.Where(r => r.Group == name));
            var expected = CountsRow.Of("team", name, mine);
            var counted = page.Counts.Single(r => r.Group == name);
            Assert.Equal((expected.Trajectories, expected.Closed, expected.CrisisBefore, expected.CrisisAfter),
                (counted.Trajectories, counted.Closed, counted.CrisisBefore, counted.CrisisAfter));
            Assert.Equal(expected.MeanNetworkMembers ?? -1, counted.MeanNetworkMembers ?? -1, 9);
            Assert.Equal(expected.MeanNetworkMeetings ?? -1, counted.MeanNetworkMeetings ?? -1, 9);
        }
    }

    [Fact]
    public async Task The_suppression_atoms_from_cells_are_the_atoms_of_the_trajectories()
    {
        var teams = app.Sample.TeamNames.Keys.ToList();
        foreach (var filter in new FigureFilter[] { new(), new() { TeamIds = [teams[0], teams[2]] }, new() { RegionIds = [app.Sample.RegionNames.Keys.First()] } })
        {
            var (fromCells, fromRows) = await app.Data.WithDbAsync(async db =>
            {
                var queries = new FigureQueries(db);
                return (await FigureAtoms.AtomCellsAsync(db, queries, filter, fromCells: true, Ct), await FigureAtoms.AtomCellsAsync(db, queries, filter, fromCells: false, Ct));
            });
            Assert.Equal(Flat(fromRows), Flat(fromCells));
            Assert.NotEmpty(fromRows);
        }

        static List<string> Flat(List<(FigureAtoms.AtomKey Key, int? Year, Tally Tally)> atoms) =>
            [.. atoms.Select(a => $"{a.Key}|{a.Year}|{string.Join(',', a.Tally.ToNumbers())}").Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task A_saved_change_and_an_import_are_counted_at_once()
    {
        var filter = new FigureFilter();
        await app.Data.WithDbAsync(db => new FigureQueries(db).TallyAsync(FigureLevel.Region, filter, Ct));
        var changed = app.Sample.Rows.First(t => t.Placement is null or Placement.None);
        await app.Data.WithDbAsync(async db =>
        {
            var row = await db.Set<Trajectory>().SingleAsync(t => t.Id == changed.Id, Ct);
            row.Placement = Placement.FamilyNetwork;
            row.CrisisAfter = (row.CrisisAfter ?? 0) + 5;
            await db.SaveChangesAsync(Ct);
        });
        await SameAsync();

        var csv = "case_ref,organisation,service,region,team,opened_on,closed_on,placement,network_members\n"
            + string.Concat(Enumerable.Range(0, 7).Select(i => $"COUNTED-{i},OSD,OCJ,Limburg,Hasselt,2022-01-0{i + 1},2023-02-01,foster,{i}\n"));
        var outcome = await app.Data.WithDbAsync(db => new TrajectoryImport(db, TimeProvider.System).ImportAsync(new StringReader(csv), "counted.csv", false, null, Ct));
        Assert.True(outcome.Accepted, string.Join("; ", outcome.Problems));
        await SameAsync();

        async Task SameAsync()
        {
            var (fromCells, fromRows) = await app.Data.WithDbAsync(async db =>
                (await new FigureQueries(db).TallyAsync(FigureLevel.Region, filter, Ct), await new FigureQueries(db).TallyFromTrajectoriesAsync(FigureLevel.Region, filter, Ct)));
            Assert.Equal(fromRows.Breadth, fromCells.Breadth);
            Assert.Equal(fromRows.Counts, fromCells.Counts);
            Assert.Equal(fromRows.CountsTrend, fromCells.CountsTrend);
        }
    }
}
