using Zicht.Features.Outcomes;

namespace Zicht.Tests.Features.Outcomes;

/// <summary>The estimators against examples worked out by hand (the arithmetic is in each comment).</summary>
public class SurvivalEstimateTests
{
    private static Subject E(int days) => new(days, Ending.Event);
    private static Subject C(int days) => new(days, Ending.Censored);
    private static Subject X(int days) => new(days, Ending.Competing);

    [Fact]
    public void Tied_events_and_a_censoring_at_the_same_time_count_the_censored_one_as_still_at_risk()
    {
        // t=10: 6 at risk, 2 events → S = 4/6. t=20: 3 at risk (20, 30, 40) → S = 4/6 × 2/3 = 8/18. t=40: 1 at risk → 0.
        var curve = SurvivalEstimate.KaplanMeier([E(10), E(10), C(10), E(20), C(30), E(40)]);

        Assert.Equal([10, 20, 40], curve.Select(p => p.Days));
        Assert.Equal([6, 3, 1], curve.Select(p => p.AtRisk));
        Assert.Equal([2, 1, 1], curve.Select(p => p.Events));
        Assert.Equal(4.0 / 6, curve[0].Survival, 12);
        Assert.Equal(8.0 / 18, curve[1].Survival, 12);
        Assert.Equal(0, curve[2].Survival, 12);
        Assert.Equal(10, SurvivalEstimate.Quantile(curve, 0.25));
        Assert.Equal(20, SurvivalEstimate.Quantile(curve, 0.5));
        Assert.Equal(40, SurvivalEstimate.Quantile(curve, 0.75));
    }

    [Fact]
    public void A_step_before_the_start_is_an_event_at_a_negative_time()
    {
        // t=-90: 5 at risk → 4/5. t=0: 4 → 0.8 × 3/4 = 0.6. t=60: 2 (60, 90) → 0.3. Never ≤ 0.25: no p75.
        var curve = SurvivalEstimate.KaplanMeier([E(-90), E(0), C(30), E(60), C(90)]);

        Assert.Equal([0.8, 0.6, 0.3], curve.Select(p => Math.Round(p.Survival, 12)));
        Assert.Equal(0, SurvivalEstimate.Quantile(curve, 0.25));
        Assert.Equal(60, SurvivalEstimate.Quantile(curve, 0.5));
        Assert.Null(SurvivalEstimate.Quantile(curve, 0.75));
        Assert.Equal(0.6, SurvivalEstimate.SurvivalAt(curve, 59), 12);
        Assert.Equal(1.0, SurvivalEstimate.SurvivalAt(curve, -91), 12);
    }

    [Fact]
    public void A_median_is_reached_exactly_at_one_half()
    {
        // 4 subjects, events at 5 and 8: S = 3/4, then 2/4 = 0.5 ≤ 0.5 → median 8.
        var curve = SurvivalEstimate.KaplanMeier([E(5), E(8), C(9), C(12)]);

        Assert.Equal(8, SurvivalEstimate.Quantile(curve, 0.5));
    }

    [Fact]
    public void A_group_without_events_has_a_flat_curve_no_quantiles_and_no_incidence()
    {
        Subject[] subjects = [C(10), X(20), C(400)];
        var curve = SurvivalEstimate.KaplanMeier(subjects);

        Assert.Empty(curve);
        Assert.Null(SurvivalEstimate.Quantile(curve, 0.5));
        Assert.Equal(1.0, SurvivalEstimate.SurvivalAt(curve, 1000));
        Assert.Equal(0, SurvivalEstimate.CumulativeIncidence(subjects, SurvivalEstimate.TwelveMonthsDays));
        Assert.Empty(SurvivalEstimate.KaplanMeier([]));
        Assert.Equal(0, SurvivalEstimate.CumulativeIncidence([], 365));
    }

    [Fact]
    public void Closure_as_competing_event_lowers_the_incidence_below_one_minus_kaplan_meier()
    {
        // Times of either event: 10 (d=1, c=1, n=5): CIF = 1 × 1/5 = 0.2, S* = 3/5.
        // 20 (c=1, n=3): S* = 3/5 × 2/3 = 0.4. 30 (d=1, n=2): CIF = 0.2 + 0.4 × 1/2 = 0.4. 40 is censored.
        Subject[] subjects = [E(10), X(10), X(20), E(30), C(40)];

        Assert.Equal(0.2, SurvivalEstimate.CumulativeIncidence(subjects, 9.99 + 0.01), 12);
        Assert.Equal(0.2, SurvivalEstimate.CumulativeIncidence(subjects, 29), 12);
        Assert.Equal(0.4, SurvivalEstimate.CumulativeIncidence(subjects, 30), 12);
        Assert.Equal(0.4, SurvivalEstimate.CumulativeIncidence(subjects, 365.25), 12);
        Assert.Equal(0, SurvivalEstimate.CumulativeIncidence(subjects, 9), 12);
        // Kaplan–Meier treats closure as censoring: 4/5, then at 30 (2 at risk) 0.4; 1 − S = 0.6.
        Assert.Equal(0.6, 1 - SurvivalEstimate.SurvivalAt(SurvivalEstimate.KaplanMeier(subjects), 365), 12);
    }

    [Fact]
    public void Without_competing_events_the_incidence_is_one_minus_kaplan_meier()
    {
        Subject[] subjects = [E(10), E(10), C(10), E(20), C(30), E(40)];
        var curve = SurvivalEstimate.KaplanMeier(subjects);

        foreach (var t in new[] { 5, 10, 25, 39, 40, 400 })
        {
            Assert.Equal(1 - SurvivalEstimate.SurvivalAt(curve, t), SurvivalEstimate.CumulativeIncidence(subjects, t), 12);
        }
    }
}
