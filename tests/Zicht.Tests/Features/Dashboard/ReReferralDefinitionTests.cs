using Zicht.Features.Dashboard;
using static Zicht.Features.Dashboard.ReReferrals;

namespace Zicht.Tests.Features.Dashboard;

/// <summary>Re-referral within 12 months of closure, by hand on a small set (today is 2025-06-30).</summary>
public class ReReferralDefinitionTests
{
    private static readonly DateOnly Today = new(2025, 6, 30);

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void A_later_case_referred_up_to_365_days_after_closure_is_a_re_referral_counted_over_observed_Zicht_closures()
    {
        Closure[] closures =
        [
            new(D("2023-01-10"), true, [D("2024-01-10")]),               // exactly 365 days later (the reopening case never closed): re-referred
            new(D("2023-02-01"), true, [D("2024-02-02")]),               // 366 days later: not within 12 months
            new(D("2023-03-01"), true, []),                              // not reopened
            new(D("2023-04-01"), true, [D("2023-04-01"), D("2023-05-01")]), // reopened on the day of closure and again: counted once
            new(D("2023-05-01"), false, [D("2023-06-01")]),              // imported: status unknown, not in the denominator
            new(D("2024-07-01"), true, [D("2024-08-01")]),               // closed less than 12 months ago: not yet observable
            new(D("2024-06-30"), true, []),                              // closed exactly 365 days ago: observable
            new(D("2022-12-31"), true, [D("2022-12-30")]),               // "reopened" before its closure: not a re-referral
        ];
        var rows = Of(closures, Today, ["2022", "2023", "2024", "2025"]);
        Assert.Equal(
            [("2022", 1, 0), ("2023", 4, 2), ("2024", 1, 0), ("2025", 0, 0)],
            rows.Select(r => (r.Group, r.Denominator, r.Numerator)));
        Assert.All(rows, r => Assert.Equal((Indicator, "closing_year"), (r.Indicator, r.Level)));
        Assert.Equal(50.0, rows[1].Percent);
        Assert.Null(rows[3].Percent);
    }

    [Fact]
    public void The_window_and_the_observation_period_are_365_days()
    {
        Assert.True(Within(D("2023-01-10"), D("2024-01-10")));
        Assert.False(Within(D("2023-01-10"), D("2024-01-11")));
        Assert.True(Observed(D("2024-06-30"), Today));
        Assert.False(Observed(D("2024-07-01"), Today));
    }

    [Fact]
    public void Aggregate_only_viewers_see_a_cohort_under_the_minimum_suppressed()
    {
        var rows = Suppression.Apply(Of([new(D("2023-01-10"), true, [D("2023-02-01")])], Today, ["2023"]), 5);
        Assert.True(Assert.Single(rows).Suppressed);
        Assert.Equal((0, 0), (rows[0].Denominator, rows[0].Numerator));
    }
}
