using Zicht.Features.Quality;

namespace Zicht.Tests.Features.Quality;

/// <summary>The inspection conclusion, the cumulative indicator rule and the occupancy formulas, without a database.</summary>
public class InspectionRulesTests
{
    [Theory]
    [InlineData(true, false, InspectionConclusion.Confirmed)]
    [InlineData(false, false, InspectionConclusion.NotConfirmed)]
    [InlineData(true, true, InspectionConclusion.ConfirmedHigher)]
    [InlineData(false, true, InspectionConclusion.NotConfirmedHigher)]
    public void Inspection_conclusion_derived_from_two_flags(bool confirmed, bool higher, InspectionConclusion expected)
    {
        Assert.Equal(expected, InspectionRules.Conclude(confirmed, higher));
        Assert.Equal(expected, new InspectionFinding { Domain = "reception", Confirmed = confirmed, HigherLevelIndicators = higher }.Conclusion);
    }

    [Fact]
    public void Earned_level_needs_every_indicator_of_every_level_below_it()
    {
        var checks = new[]
        {
            new IndicatorCheck(1, true), new IndicatorCheck(1, true),
            new IndicatorCheck(2, true), new IndicatorCheck(2, false),
            new IndicatorCheck(3, true),
            new IndicatorCheck(4, true),
        };

        var earned = GrowthLevelRule.Earned(checks);

        Assert.Equal(1, earned.Level);
        Assert.Equal([2, 3, 4], earned.HigherLevelsWithIndicatorsMet);
    }

    [Fact]
    public void A_level_without_indicators_stops_the_climb_and_nothing_met_earns_zero()
    {
        Assert.Equal(2, GrowthLevelRule.Earned([new(1, true), new(2, true), new(4, true)]).Level);
        Assert.Equal(0, GrowthLevelRule.Earned([new(1, false), new(2, false)]).Level);
        Assert.Empty(GrowthLevelRule.Earned([new(1, false), new(2, false)]).HigherLevelsWithIndicatorsMet);
        Assert.Equal(5, GrowthLevelRule.Earned(Enumerable.Range(1, 5).Select(l => new IndicatorCheck(l, true))).Level);
    }

    [Fact]
    public void Utilisation_uses_recognised_capacity_not_occupancy()
    {
        // 900 delivered days against a recognition of 1200, while only 1000 were occupied: 75%, not 90%.
        Assert.Equal(75.0m, OccupancyRules.Utilisation(900, 1200));
        Assert.Equal(83.3m, OccupancyRules.OccupancyRate(1000, 1200));
        Assert.Null(OccupancyRules.Utilisation(10, 0));
    }

    [Theory]
    [InlineData(79.9, true)]
    [InlineData(80.0, false)]
    [InlineData(null, false)]
    public void Occupancy_below_80_percent_is_flagged(double? rate, bool flagged) =>
        Assert.Equal(flagged, OccupancyRules.BelowFloor(rate is { } r ? (decimal)r : null));
}
