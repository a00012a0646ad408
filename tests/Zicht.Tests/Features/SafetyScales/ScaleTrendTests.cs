using Zicht.Features.SafetyScales;

namespace Zicht.Tests.Features.SafetyScales;

public class ScaleTrendTests
{
    private static SafetyScore Score(string who, ScorerRole role, int day, int score) =>
        new() { ScorerName = who, ScorerRole = role, ScoredOn = new DateOnly(2026, 1, day), Score = score };

    [Fact]
    public void Each_person_gets_a_line_in_date_order_and_two_parents_stay_two_lines()
    {
        var trend = new ScaleTrend([Score("Mama", ScorerRole.Parent, 9, 6), Score("Papa", ScorerRole.Parent, 2, 7), Score("Mama", ScorerRole.Parent, 2, 4)]);

        Assert.Equal(2, trend.People.Count);
        Assert.Equal([4, 6], trend.People.Single(p => p.Person == "Mama").Points.Select(p => p.Score));
    }

    [Fact]
    public void Scores_three_or_more_apart_on_one_date_are_a_notable_difference()
    {
        var trend = new ScaleTrend([Score("A", ScorerRole.Worker, 1, 2), Score("B", ScorerRole.Parent, 1, 5), Score("A", ScorerRole.Worker, 2, 4), Score("B", ScorerRole.Parent, 2, 6)]);

        Assert.Equal([true, false], trend.Spreads.Select(s => s.Notable));
    }

    [Fact]
    public void Chart_positions_put_10_at_the_top_and_space_dates_by_time()
    {
        var trend = new ScaleTrend([Score("A", ScorerRole.Worker, 1, 2), Score("A", ScorerRole.Worker, 11, 4), Score("A", ScorerRole.Worker, 31, 4)]);

        Assert.Equal(10, ScaleTrend.Y(10, 10, 200));
        Assert.Equal(210, ScaleTrend.Y(0, 10, 200));
        Assert.Equal(100, trend.X(new DateOnly(2026, 1, 11), 0, 300), 3);
    }
}
