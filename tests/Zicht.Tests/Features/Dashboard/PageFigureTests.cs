using Xunit;
using Zicht.Features.Dashboard;
using Zicht.Tests.Features.Trajectories;

namespace Zicht.Tests.Features.Dashboard;

/// <summary>
/// The pages read the table once (GROUP BY group and closing year) and sum both ways; what they show
/// must be exactly what the per-level figures (pinned by <see cref="FigureQueryTests"/>) give.
/// </summary>
public class PageFigureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(FigureLevel.Team, null)]
    [InlineData(FigureLevel.Region, 40)]
    [InlineData(FigureLevel.Worker, 30)]
    [InlineData(FigureLevel.ClosingYear, null)]
    [InlineData(FigureLevel.Service, 40)]
    [InlineData(FigureLevel.Organisation, null)]
    public async Task One_scan_gives_the_same_figures_and_trend_as_separate_queries(FigureLevel level, int? minimum)
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await using var db = scratch.Open();
        await FigureQueryTests.SeedAsync(db);
        var queries = new FigureQueries(db);
        var data = new DashboardData(queries, TimeProvider.System);
        var filter = new FigureFilter { From = new DateOnly(2019, 6, 1) };

        // With a minimum (an aggregate-only viewer) the page must equal what that viewer downloads:
        // primary suppression per row, then the complementary pattern over all their tables.
        var sides = await queries.SideBySideAsync(filter, minimum, Ct);
        var breadth = await data.BreadthAsync(level, filter, false, minimum, Ct);
        Assert.Equal(sides.Apply(Suppression.Apply(await queries.BreadthAsync(level, filter, Ct), minimum), filter), breadth.Breadth);
        Assert.Equal(sides.Apply(Suppression.Apply(await queries.BreadthAsync(FigureLevel.ClosingYear, filter, Ct), minimum), filter), breadth.Trend);
        Assert.NotEmpty(breadth.Trend);

        var core = await data.CoreDataAsync(level, filter, minimum, Ct);
        Assert.Equal(Rounded(sides.Apply(Suppression.Apply(await queries.CountsAsync(level, filter, Ct), minimum), filter)), Rounded(core.Counts));
        Assert.Equal(Rounded(sides.Apply(Suppression.Apply(await queries.CountsAsync(FigureLevel.ClosingYear, filter, Ct), minimum), filter)), Rounded(core.Cohorts));
        var shares = (await queries.BreadthAsync(FigureLevel.ClosingYear, filter, Ct)).Where(r => DashboardData.CoreShares.Contains(r.Indicator));
        Assert.Equal(sides.Apply(Suppression.Apply(shares, minimum), filter), core.Shares.Where(r => DashboardData.CoreShares.Contains(r.Indicator)));
        if (minimum is not null)
        {
            Assert.Contains(breadth.Breadth.Concat(breadth.Trend), r => r.Suppressed);
        }
    }

    [Fact]
    public async Task A_team_without_trajectories_is_still_listed_on_the_page()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await using var db = scratch.Open();
        await FigureQueryTests.SeedAsync(db, count: 20);
        var view = await new DashboardData(new FigureQueries(db), TimeProvider.System).BreadthAsync(FigureLevel.Team, new FigureFilter(), false, null, Ct);
        Assert.Equal(21, view.Breadth.Count(r => r.Group == "Lier"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(1000)]
    public void Counting_the_days_gives_the_same_median_as_sorting_them(int seed)
    {
        var random = new Random(seed);
        foreach (var (n, spread) in new[] { (1, 10), (2, 10), (101, 50), (1000, 800), (50, 10_000_000) })
        {
            var days = Enumerable.Range(0, n).Select(_ => random.Next(-spread / 4, spread)).ToList();
            var sorted = days.Order().ToList();
            var expected = n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2.0;
            var row = DurationValues.Row("team", "T", "trajectory", days, 8);
            Assert.Equal(expected / Months.DaysPerMonth, row.MedianMonths);
            Assert.Equal(sorted.Average() / Months.DaysPerMonth, row.MeanMonths);
            Assert.Equal((sorted[0] / Months.DaysPerMonth, sorted[^1] / Months.DaysPerMonth), (row.MinMonths, row.MaxMonths));
            Assert.Equal(100.0 * sorted.Count(d => d / Months.DaysPerMonth > 8) / n, row.OverThresholdPercent);
        }
    }

    private static List<string> Rounded(IEnumerable<CountsRow> rows) => FigureTable.Counts(rows).Rows.Select(r => string.Join(",", r.Select(FigureTable.Cell))).ToList();
}
