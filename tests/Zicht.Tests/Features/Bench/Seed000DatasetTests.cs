using Xunit;
using Zicht.Features.Bench;
using Zicht.Features.Dashboard;
using Zicht.Features.Trajectories;
using Zicht.Tests.Features.Trajectories;

namespace Zicht.Tests.Features.Bench;

/// <summary>Imported like any provider file, the seed-000 dataset shows the figures the provider study reported.</summary>
public class Seed000DatasetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Cell(object? value) => FigureTable.Cell(value);

    [Fact]
    public async Task The_dashboard_shows_the_provider_module_findings()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        var csv = new StringWriter();
        TrajectoryCsvWriter.Write(csv, Seed000Dataset.Generate());
        await using var db = scratch.Open();
        var outcome = await new TrajectoryImport(db, TimeProvider.System).ImportAsync(new StringReader(csv.ToString()), "seed000.csv", true, null, Ct);
        Assert.True(outcome.Accepted, string.Join("\n", outcome.Problems));
        var queries = new FigureQueries(db);

        var breadth = (await queries.BreadthAsync(FigureLevel.Service, new FigureFilter(), Ct)).ToDictionary(r => r.Indicator);
        Assert.Equal(370, breadth["step_01_internal_mapping"].Denominator);
        Assert.Equal("20.0", Cell(breadth["started_in_plan_b"].Percent)); // 1 in 5 starts in plan b
        Assert.Equal(300, breadth["plan_b_in_effect"].Denominator);
        Assert.Equal("48.3", Cell(breadth["plan_b_in_effect"].Percent)); // almost half of the closed ones
        Assert.True(breadth["plan_b_network"].Numerator > breadth["plan_b_residential"].Numerator);

        var durations = (await queries.DurationsAsync(FigureLevel.Service, new FigureFilter(), Ct)).ToDictionary(r => r.Indicator);
        var adult = durations["adult_safety_plan"];
        Assert.Equal(("7.6", "-3.0", "22.0"), (Cell(adult.MeanMonths), Cell(adult.MinMonths), Cell(adult.MaxMonths)));
        Assert.Equal("40.0", Cell(durations["trajectory"].OverThresholdPercent)); // 40% last longer than 8 months

        var byYear = (await queries.BreadthAsync(FigureLevel.ClosingYear, new FigureFilter(), Ct))
            .Where(r => r.Indicator == "adult_safety_plan").Select(r => r.Percent!.Value).ToList();
        Assert.Equal(3, byYear.Count);
        Assert.True(byYear[0] < byYear[1] && byYear[1] < byYear[2], string.Join(", ", byYear));
        var counts = await queries.CountsAsync(FigureLevel.ClosingYear, new FigureFilter(), Ct);
        Assert.True(counts[0].MeanNetworkMeetings < counts[2].MeanNetworkMeetings);
        Assert.InRange(counts[2].MeanNetworkMembers!.Value - counts[0].MeanNetworkMembers!.Value, -1, 1); // no change in members
    }
}
