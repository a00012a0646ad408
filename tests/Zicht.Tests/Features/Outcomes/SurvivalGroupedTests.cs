using Xunit;
using Zicht.Features.Dashboard;
using Zicht.Features.Outcomes;
using Zicht.Tests.Features.Dashboard;
using Zicht.Tests.Features.Trajectories;

namespace Zicht.Tests.Features.Outcomes;

/// <summary>
/// Survival figures from the database's (group, days, ending) counts must be exactly the figures from
/// every trajectory's dates reduced in memory: same rows, same counts, same estimates to the last bit,
/// same curves, at every level, for the trajectory and several indicators, with as-of rules in play; and so
/// must the counts from the in-memory columnar mirror (docs/decisions/093).
/// </summary>
public class SurvivalGroupedTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Grouped_times_give_the_figures_of_every_trajectory_at_every_level_indicator_and_as_of()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await using var db = scratch.Open();
        // 600 trajectories opened 2019–2023, a third open, steps from 100 days before the start to 700 after
        // (negative times), closures without the step (competing events), workers missing now and then.
        var sample = await FigureQueryTests.SeedAsync(db, count: 600, seed: 23);
        var survival = new SurvivalQueries(db, new FigureQueries(db));
        await using var mirror = new FigureMirror();
        var mirrored = new SurvivalQueries(db, new FigureQueries(db), mirror);
        var teams = sample.TeamNames.Keys.ToList();
        FigureFilter[] filters =
        [
            new(), new() { From = new(2020, 1, 1), To = new(2020, 12, 31) }, new() { From = new(2020, 3, 15), To = new(2020, 11, 20) },
            new() { TeamIds = [teams[0], sample.EmptyTeam] }, new() { Service = "ocj", Status = TrajectoryStatus.Closed }, new() { Worker = "W3" },
        ];
        string[] indicators = [SurvivalDefinition.Trajectory, SurvivalDefinition.Indicators[0], SurvivalDefinition.Indicators[6], "adult_safety_plan", "child_safety_plan"];
        // Mid-2021: later openings are left out, later dates and closures have not happened yet. 2026: everything has.
        DateOnly[] asOfs = [new(2021, 6, 30), new(2026, 1, 1), new(2019, 1, 1)];
        var compared = 0;
        foreach (var asOf in asOfs)
        {
            foreach (var indicator in indicators)
            {
                foreach (var level in SurvivalQueries.Levels)
                {
                    foreach (var filter in level == "organisation" || indicator == SurvivalDefinition.Trajectory ? filters : filters[..1])
                    {
                        var expected = await survival.RowsFromTrajectoriesAsync(level, indicator, filter, asOf, Ct);
                        var what = $"{level} {indicator} {asOf} {filter}";
                        foreach (var grouped in new[] { await survival.RowsAsync(level, indicator, filter, asOf, Ct), await mirrored.RowsAsync(level, indicator, filter, asOf, Ct) })
                        {
                            Assert.Equal(expected.Select(r => r with { Curve = [] }), grouped.Select(r => r with { Curve = [] }));
                            Assert.Equal(expected.Select(r => r.Curve), grouped.Select(r => r.Curve));
                        }
                        Assert.True(asOf.Year == 2019 || expected.Any(r => r.N > 0), what);
                        compared += expected.Count(r => r.N > 0);
                    }
                }
            }
        }
        Assert.True(compared > 300, $"only {compared} groups with trajectories compared");
    }

    [Fact]
    public void Weighted_subjects_give_the_numbers_of_the_subjects_they_stand_for()
    {
        var random = new Random(5);
        var subjects = Enumerable.Range(0, 500).Select(_ => new Subject(random.Next(-30, 400), (Ending)random.Next(3))).ToList();
        var weighted = subjects.GroupBy(s => s).Select(g => g.Key with { Count = g.Count() }).Reverse().ToList();
        Assert.True(weighted.Count < subjects.Count);

        foreach (var indicator in new[] { SurvivalDefinition.Trajectory, "adult_safety_plan" })
        {
            var one = SurvivalRow.Of("team", "A", indicator, subjects);
            var grouped = SurvivalRow.Of("team", "A", indicator, weighted);
            Assert.Equal(one with { Curve = [] }, grouped with { Curve = [] });
            Assert.Equal(one.Curve, grouped.Curve);
            Assert.Equal(500, grouped.N);
        }
    }
}
