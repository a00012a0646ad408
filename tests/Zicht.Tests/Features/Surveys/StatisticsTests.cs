using Xunit;
using Zicht.Features.Surveys;
using Zicht.Features.Surveys.Statistics;

namespace Zicht.Tests.Features.Surveys;

public class StatisticsTests
{
    // Closed forms: df=1 → erfc(√(x/2)); df=2 → e^(−x/2); df=4 → e^(−x/2)(1 + x/2); df=6 adds (x/2)²/2.
    [Theory]
    [InlineData(1.0, 1, 0.31731050786291404)]
    [InlineData(3.841458820694124, 1, 0.05)]
    [InlineData(2.0, 2, 0.36787944117144233)]
    [InlineData(9.487729036781154, 4, 0.05)]
    [InlineData(12.0, 6, 0.06196880441665896)]
    [InlineData(0.0, 3, 1.0)]
    public void P_value_matches_known_values(double statistic, int df, double expected) =>
        Assert.Equal(expected, ChiSquare.PValue(statistic, df), 1e-10);

    [Fact]
    public void Test_of_independence_on_a_two_by_two_table()
    {
        var result = ChiSquare.Test([[10, 20], [20, 10]])!;
        Assert.Equal(6.666666666666667, result.Statistic, 1e-9);
        Assert.Equal(1, result.DegreesOfFreedom);
        Assert.Equal(0.009823274507519245, result.P, 1e-10);
        Assert.Equal(60, result.N);
    }

    [Fact]
    public void Empty_answer_columns_are_dropped_before_testing()
    {
        var result = ChiSquare.Test([[10, 0, 20], [20, 0, 10]])!;
        Assert.Equal(1, result.DegreesOfFreedom);
    }

    [Fact]
    public void A_single_group_cannot_be_tested() => Assert.Null(ChiSquare.Test([[3, 4, 5], [0, 0, 0]]));

    [Fact]
    public void Five_points_collapse_to_disagree_neutral_agree()
    {
        var scale = InstrumentJson.Parse(InstrumentJson.LoadDefault("parent")).Scales[0];
        Assert.Equal([3, 1, 4], Collapse.Counts(scale, [1, 2, 2, 3, 4, 5, 5, 5]));
    }

    [Fact]
    public void A_scale_without_grouping_does_not_collapse()
    {
        var scale = new Scale("s", [new ScalePoint(1, new LocalText("a", "a")), new ScalePoint(2, new LocalText("b", "b"))]);
        Assert.Null(Collapse.Group(scale, 1));
        Assert.Throws<InvalidOperationException>(() => Collapse.Counts(scale, [1]));
    }

    [Theory]
    [InlineData(4, 5, false)]
    [InlineData(5, 5, true)]
    [InlineData(0, 0, false)]
    public void Groups_below_the_minimum_are_not_shown(int n, int minimum, bool shown) =>
        Assert.Equal(shown, SmallGroups.IsShown(n, minimum));

    [Fact]
    public void A_test_is_shown_only_when_every_group_reaches_the_minimum()
    {
        Assert.True(SmallGroups.AllShown([5, 9, 12], 5));
        Assert.False(SmallGroups.AllShown([5, 4, 12], 5));
    }

    [Fact]
    public void Distribution_counts_and_mean()
    {
        var scale = InstrumentJson.Parse(InstrumentJson.LoadDefault("parent")).Scales[0];
        var d = Distribution.Of(scale, [5, 5, 4, 2, 9]);
        Assert.Equal(4, d.N);
        Assert.Equal(2, d.Counts[5]);
        Assert.Equal(4.0, d.Mean);
    }
}
