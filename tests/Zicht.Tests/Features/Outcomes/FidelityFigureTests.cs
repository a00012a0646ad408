using Zicht.Features.Outcomes;

namespace Zicht.Tests.Features.Outcomes;

/// <summary>The risk difference and its interval, and who counts as early, against worked examples.</summary>
public class FidelityFigureTests
{
    [Theory]
    // Newcombe (1998), Statistics in Medicine 17:873–890, table II, method 10.
    [InlineData(56, 70, 48, 80, 0.0524, 0.3339)]
    [InlineData(9, 10, 3, 10, 0.1705, 0.8090)]
    public void The_interval_is_newcombes_hybrid_score_interval(int a, int n1, int b, int n2, double lower, double upper)
    {
        var (d, l, u) = RiskDifference.Of(new Share(a, n1), new Share(b, n2))!.Value;

        Assert.Equal((double)a / n1 - (double)b / n2, d, 12);
        Assert.Equal(lower, l, 4);
        Assert.Equal(upper, u, 4);
    }

    [Fact]
    public void Zero_and_all_still_have_an_interval_of_some_width_and_an_empty_group_has_none()
    {
        var (d, l, u) = RiskDifference.Of(new Share(0, 10), new Share(10, 10))!.Value;
        Assert.Equal(-1, d, 12);
        Assert.True(l >= -1 && u > -1 + 0.1);
        Assert.Null(RiskDifference.Of(new Share(0, 0), new Share(3, 10)));
    }

    [Fact]
    public void Early_is_within_the_window_and_a_step_before_the_start_is_early()
    {
        var opened = new DateOnly(2024, 1, 1);
        DateOnly?[] dates = [opened.AddDays(-20), opened.AddDays(91), opened.AddDays(92), null];
        var c = new FidelityCase(opened, dates, false, null, null);

        // 3 months = 91.3125 days.
        Assert.Equal([true, true, false, false], Enumerable.Range(0, 4).Select(i => FidelityFigures.Early(c, i, 3)));
    }

    [Fact]
    public void Outcomes_count_only_where_known_and_network_placement_only_among_the_placed()
    {
        var opened = new DateOnly(2024, 1, 1);
        FidelityCase Case(bool early, bool? placed, bool? inNetwork, bool? reReferred) =>
            new(opened, [early ? opened.AddDays(10) : null], placed, inNetwork, reReferred);
        FidelityCase[] cases =
        [
            Case(true, true, true, false), Case(true, false, false, null), Case(true, null, null, true),
            Case(false, true, false, true), Case(false, true, true, null), Case(false, false, false, false),
        ];

        var rows = FidelityFigures.Of(cases, ["step"], 3).ToDictionary(r => r.Outcome);

        Assert.Equal((new Share(1, 2), new Share(2, 3)), (rows["placement"].Early, rows["placement"].NotEarly));
        Assert.Equal((new Share(1, 1), new Share(1, 2)), (rows["placement_in_network"].Early, rows["placement_in_network"].NotEarly));
        Assert.Equal((new Share(1, 2), new Share(1, 2)), (rows["re_referral_12_months"].Early, rows["re_referral_12_months"].NotEarly));
    }

    [Fact]
    public void A_line_is_hidden_when_a_group_is_small_or_few_had_or_lacked_the_outcome()
    {
        FidelityRow Row(int a, int n1, int b, int n2) => new("placement", "step", new Share(a, n1), new Share(b, n2), false);

        var shown = FidelityFigures.Suppress([Row(0, 10, 5, 10), Row(6, 10, 0, 12), Row(2, 10, 5, 10), Row(5, 10, 5, 9), Row(5, 4, 5, 10)], 5);

        Assert.Equal([false, true, true, true, true], shown.Select(r => r.Suppressed));
        Assert.Null(shown[1].Difference);
    }
}
