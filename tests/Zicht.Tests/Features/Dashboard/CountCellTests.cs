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
    public void Packing_parts_keeps_every_key_count_and_offset()
    {
        DurationValues Values(int seed)
        {
            var v = new DurationValues();
            v.AddDays(0, [seed, -seed, 3]);
            v.AddDays(DurationValues.Indicators.Count - 1, [seed * 7]);
            return v;
        }
        Tally Counted(int n) => new() { CrisisAfter = n, MembersSum = n * 1000L, Breadth = { Trajectories = n, Closed = n / 2 } };
        (PartKey, Tally, DurationValues)[] months = [(new(24_239, null, null), Counted(3), Values(1)), (new(24_240, 24_260, null), Counted(900), Values(40))];
        (PartKey, Tally, DurationValues)[] opened = [(new(24_239, null, null), Counted(4), Values(6)), (new(24_301, null, null), Counted(12), Values(8))];
        (PartKey, Tally, DurationValues)[] workers = [(new(0, null, null), Counted(1), Values(2)), (new(0, null, "Ëlise W."), Counted(77), Values(5))];
        foreach (var (parts, kind) in new[] { (months, PartKind.Months), (opened, PartKind.Opened), (workers, PartKind.Workers) })
        {
            var (counts, offsets) = CellPartCodec.Encode(parts, kind);
            var seen = new List<string>();
            CellPartCodec.Decode(counts, offsets, kind, _ => true, (in PartKey key, ReadOnlySpan<byte> tally, ReadOnlySpan<byte> days) =>
            {
                var unpacked = new List<int>[DurationValues.Indicators.Count];
                DurationCellCodec.Decode(days, unpacked.Length, (i, values) => unpacked[i] = [.. values]);
                seen.Add($"{key}|{string.Join(',', CountCellCodec.Decode(tally).ToNumbers())}|{string.Join(';', unpacked.Select(u => string.Join(',', u)))}");
            });
            Assert.Equal(parts.Select(p => $"{p.Item1}|{string.Join(',', p.Item2.ToNumbers())}|{string.Join(';', p.Item3.Days.Select(d => string.Join(',', d.Order())))}"), seen);
        }
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
            // Periods of whole months (month parts, docs/decisions/085): both ends, one end, one month, a quarter with a status.
            new() { From = new(2020, 1, 1), To = new(2020, 12, 31) }, new() { From = new(2021, 3, 1) }, new() { To = new(2020, 6, 30) },
            new() { From = new(2020, 2, 1), To = new(2020, 2, 29), Service = "ocj" },
            new() { From = new(2021, 4, 1), To = new(2021, 6, 30), Status = TrajectoryStatus.Open, RegionIds = [regions[1]] },
            // A single worker (worker parts), alone and with a team.
            new() { Worker = "W3" }, new() { Worker = "W5", TeamIds = [teams[0]], Status = TrajectoryStatus.Closed },
            // Periods that start or end mid-month (boundary months read by day, docs/decisions/089).
            .. MidMonthPeriods(regions[0]),
            // A team's view read from the mirror after every team was copied into it (docs/decisions/093).
            new() { From = new(2020, 1, 15), To = new(2020, 11, 20), TeamIds = [teams[0]] },
            new() { From = new(2020, 3, 1), To = new(2020, 8, 31), TeamIds = [teams[1]], Status = TrajectoryStatus.Closed },
        ];
        FigureLevel[] levels = [FigureLevel.Organisation, FigureLevel.Region, FigureLevel.Team, FigureLevel.Service, FigureLevel.ClosingYear, FigureLevel.Worker];
        var compared = 0;
        var mirrored = 0;
        // One mirror for every filter: later filters read what earlier ones copied (docs/decisions/093).
        await using var mirror = new FigureMirror();
        foreach (var filter in filters)
        {
            foreach (var level in levels)
            {
                var period = filter.From is not null || filter.To is not null;
                Assert.Equal(!(period && level == FigureLevel.Worker), DurationCells.CanServe(level, filter));
                var (fromCells, fromRows, fromMirror) = await app.Data.WithDbAsync(async db =>
                {
                    var queries = new FigureQueries(db);
                    return (await queries.TallyAsync(level, filter, Ct), await queries.TallyFromTrajectoriesAsync(level, filter, Ct),
                        await new FigureQueries(db, null, mirror).TallyAsync(level, filter, Ct));
                });
                foreach (var other in new[] { fromCells, fromMirror })
                {
                    Assert.Equal(fromRows.Breadth, other.Breadth);
                    Assert.Equal(fromRows.BreadthTrend, other.BreadthTrend);
                    Assert.Equal(fromRows.Counts, other.Counts);
                    Assert.Equal(fromRows.CountsTrend, other.CountsTrend);
                }
                compared += fromRows.Groups.Count(g => g.Tally.Breadth.Trajectories > 0);
                mirrored += FigureMirror.Serves(level, filter) ? fromRows.Groups.Count(g => g.Tally.Breadth.Trajectories > 0) : 0;
            }
        }
        Assert.True(compared > 200, $"{compared} non-empty groups compared");
        Assert.True(mirrored > 50, $"{mirrored} non-empty groups compared from the mirror");
    }

    [Fact]
    public void The_mirror_serves_periods_by_worker_and_mid_month_periods_only()
    {
        Assert.True(FigureMirror.Serves(FigureLevel.Worker, new FigureFilter { From = new(2020, 1, 1), To = new(2020, 12, 31) }));
        Assert.True(FigureMirror.Serves(FigureLevel.Team, new FigureFilter { To = new(2020, 12, 31), Worker = "W1" }));
        Assert.True(FigureMirror.Serves(FigureLevel.Region, new FigureFilter { From = new(2020, 3, 15), To = new(2020, 11, 20) }));
        Assert.False(FigureMirror.Serves(FigureLevel.Region, new FigureFilter { From = new(2020, 1, 1), To = new(2020, 12, 31) }));
        Assert.False(FigureMirror.Serves(FigureLevel.Worker, new FigureFilter()));
        Assert.False(FigureMirror.Serves(FigureLevel.Organisation, new FigureFilter { Service = "OCJ" }));
    }

    /// <summary>Mid-month From and/or To, open ends, one month, a few days, across a year end.</summary>
    internal static FigureFilter[] MidMonthPeriods(Guid region) =>
    [
        new() { From = new(2020, 1, 15), To = new(2020, 11, 20) }, new() { From = new(2020, 3, 10) }, new() { To = new(2020, 6, 14) },
        new() { From = new(2020, 5, 1), To = new(2021, 2, 17) }, new() { From = new(2019, 8, 31), To = new(2020, 12, 31), Service = "ocj" },
        new() { From = new(2021, 5, 10), To = new(2021, 5, 20) }, new() { From = new(2019, 12, 31), To = new(2020, 1, 1) },
        new() { From = new(2020, 2, 2), To = new(2020, 4, 28), Status = TrajectoryStatus.Closed, RegionIds = [region] },
        new() { From = new(2021, 7, 16), Status = TrajectoryStatus.Open },
    ];

    [Fact]
    public void A_period_splits_cells_by_closing_year_exactly()
    {
        // Brute force over months: what each read of a cell assumes must hold for every opening ≤ closing month in its year.
        var periods = MidMonthPeriods(Guid.Empty).Concat([new() { From = new(2020, 1, 1), To = new(2020, 12, 31) }, new() { From = new(2020, 4, 1) },
            new() { To = new(2020, 9, 30) }, new() { From = new(2020, 2, 1), To = new(2020, 2, 29) }]);
        var checkedPairs = 0;
        foreach (var f in periods)
        {
            var p = new PeriodCells(f.From, f.To);
            for (var year = 2015; year <= 2026; year++)
            {
                var read = p.ReadFor(year);
                for (var closed = year * 12; closed < (year + 1) * 12; closed++)
                {
                    for (var opened = 2014 * 12; opened <= closed; opened++)
                    {
                        var byMonths = p.InByMonths(opened, closed);
                        var partial = p.TouchesPartial(opened, closed);
                        Assert.True(read switch
                        {
                            CellRead.Whole => byMonths,
                            CellRead.Skip => !byMonths && !partial,
                            CellRead.Opened => byMonths == p.InByMonths(opened, null),
                            _ => true,
                        }, $"{f.From}..{f.To} year {year}: {read} wrong for {opened}/{closed}");
                        checkedPairs++;
                    }
                }
            }
            Assert.Equal(CellRead.Opened, p.ReadFor(null));
        }
        Assert.True(checkedPairs > 100_000);
    }

    [Fact]
    public void A_period_with_a_worker_reads_the_trajectories()
    {
        Assert.Equal(DurationCells.Source.Months, DurationCells.SourceFor(FigureLevel.Region, new FigureFilter { From = new(2020, 1, 2) }));
        Assert.Equal(DurationCells.Source.Months, DurationCells.SourceFor(FigureLevel.Region, new FigureFilter { From = new(2020, 1, 1), To = new(2020, 12, 30) }));
        Assert.Null(DurationCells.SourceFor(FigureLevel.Team, new FigureFilter { To = new(2020, 12, 31), Worker = "W1" }));
        Assert.Null(DurationCells.SourceFor(FigureLevel.Worker, new FigureFilter { From = new(2020, 1, 1), To = new(2020, 3, 31) }));
        Assert.Equal(DurationCells.Source.Months, DurationCells.SourceFor(FigureLevel.Region, new FigureFilter { From = new(2020, 2, 1), To = new(2020, 2, 29) }));
        Assert.Equal(DurationCells.Source.Workers, DurationCells.SourceFor(FigureLevel.Worker, new FigureFilter()));
        Assert.Equal(DurationCells.Source.Workers, DurationCells.SourceFor(FigureLevel.Team, new FigureFilter { Worker = "W1" }));
    }

    [Fact]
    public async Task Partial_month_periods_and_workers_with_a_period_give_the_same_tallies_as_the_trajectories()
    {
        // The first from cells and boundary days, the second from the trajectories (trivially equal, but not vacuously).
        FigureFilter[] filters = [new() { From = new(2020, 1, 15), To = new(2020, 11, 20) }, new() { From = new(2020, 1, 1), To = new(2020, 12, 31), Worker = "W2" }];
        foreach (var filter in filters)
        {
            var (fromPage, fromRows) = await app.Data.WithDbAsync(async db =>
                (await new FigureQueries(db).TallyAsync(FigureLevel.Team, filter, Ct), await new FigureQueries(db).TallyFromTrajectoriesAsync(FigureLevel.Team, filter, Ct)));
            Assert.Equal(fromRows.Counts, fromPage.Counts);
            Assert.Contains(fromRows.Groups, g => g.Tally.Breadth.Trajectories > 0);
        }
    }

    [Fact]
    public async Task A_trajectory_opened_in_one_boundary_month_and_closed_in_the_other_counts_once()
    {
        // The boundary months are read as separate index ranges (UNION ALL): the closing branch must leave out
        // what an opening branch already has, or this trajectory would be counted twice.
        var dates = await app.Data.WithDbAsync(db => db.Set<Trajectory>().Where(t => t.ClosedOn != null)
            .Select(t => new { t.OpenedOn, ClosedOn = t.ClosedOn!.Value }).ToListAsync(Ct));
        var picked = dates.Where(d => d.OpenedOn.Day > 1 && d.ClosedOn.AddDays(1).Day != 1 && PartKey.MonthOf(d.ClosedOn) > PartKey.MonthOf(d.OpenedOn))
            .Take(5).ToList();
        Assert.NotEmpty(picked);
        foreach (var d in picked)
        {
            var filter = new FigureFilter { From = d.OpenedOn, To = d.ClosedOn };
            Assert.Equal([PartKey.MonthOf(d.OpenedOn), PartKey.MonthOf(d.ClosedOn)], PeriodCells.Of(filter)!.Partial);
            var (fromCells, fromRows) = await app.Data.WithDbAsync(async db =>
                (await new FigureQueries(db).TallyAsync(FigureLevel.Organisation, filter, Ct), await new FigureQueries(db).TallyFromTrajectoriesAsync(FigureLevel.Organisation, filter, Ct)));
            Assert.Equal(fromRows.Counts, fromCells.Counts);
            Assert.Equal(fromRows.Breadth, fromCells.Breadth);
            Assert.True(fromRows.Groups.Sum(g => g.Tally.Breadth.Trajectories) >= 1);
        }
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
        FigureFilter[] filters =
        [
            new(), new() { TeamIds = [teams[0], teams[2]] }, new() { RegionIds = [app.Sample.RegionNames.Keys.First()] },
            new() { From = new(2020, 1, 1), To = new(2020, 3, 31) }, new() { From = new(2021, 7, 1), TeamIds = [teams[1]] },
            new() { From = new(2020, 1, 14), To = new(2020, 10, 3) }, new() { To = new(2020, 8, 9), TeamIds = [teams[2]] },
        ];
        foreach (var filter in filters)
        {
            Assert.True(DurationCells.CanServe(FigureLevel.Team, filter));
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
        await using var mirror = new FigureMirror();
        var midMonth = new FigureFilter { From = new(2022, 1, 3), To = new(2023, 2, 1) };
        await app.Data.WithDbAsync(db => new FigureQueries(db).TallyAsync(FigureLevel.Region, filter, Ct));
        await app.Data.WithDbAsync(db => new FigureQueries(db, null, mirror).TallyAsync(FigureLevel.Region, midMonth, Ct));
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
            // Also a mid-month period: a rebuilt team gives its boundary days from the same pass.
            // The mirror copied the teams before the write; it must see their stamps moved and copy them again.
            foreach (var f in new[] { filter, midMonth })
            {
                var (fromCells, fromRows, fromMirror) = await app.Data.WithDbAsync(async db =>
                    (await new FigureQueries(db).TallyAsync(FigureLevel.Region, f, Ct), await new FigureQueries(db).TallyFromTrajectoriesAsync(FigureLevel.Region, f, Ct),
                        await new FigureQueries(db, null, mirror).TallyAsync(FigureLevel.Region, f, Ct)));
                foreach (var other in new[] { fromCells, fromMirror })
                {
                    Assert.Equal(fromRows.Breadth, other.Breadth);
                    Assert.Equal(fromRows.Counts, other.Counts);
                    Assert.Equal(fromRows.CountsTrend, other.CountsTrend);
                }
            }
        }
    }
}
