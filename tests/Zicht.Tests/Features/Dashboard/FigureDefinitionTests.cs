using Xunit;
using Zicht.Features.Dashboard;
using Zicht.Features.Trajectories;
using Zicht.Kernel;

namespace Zicht.Tests.Features.Dashboard;

/// <summary>The definitions of exports.md on datasets small enough to compute by hand.</summary>
public class FigureDefinitionTests
{
    private static readonly DateOnly Start = new(2022, 1, 1);

    private static Trajectory T(string id, int? closedAfterDays = null) => new()
    {
        CaseRef = id,
        OpenedOn = Start,
        ClosedOn = closedAfterDays is { } d ? Start.AddDays(d) : null,
    };

    [Fact]
    public void Breadth_counts_a_step_when_its_date_is_present_and_plan_b_over_closed_trajectories_only()
    {
        var a = T("a", 100); a.Step01 = Start.AddDays(-10); a.PlanB = PlanB.Network; a.Placement = Placement.FamilyNetwork; a.StartedInPlanB = true;
        var b = T("b", 200); b.Step01 = Start.AddDays(5); b.PlanB = PlanB.None; b.Placement = Placement.Foster;
        var c = T("c"); c.PlanB = PlanB.Residential; c.Placement = Placement.None; c.AdultSafetyPlanOn = Start.AddDays(30);
        var d = T("d"); d.StartedInPlanB = false;
        var rows = BreadthCounts.Of([a, b, c, d]).ToRows("team", "T").ToDictionary(r => r.Indicator);

        Assert.Equal(21, rows.Count);
        Assert.Equal((4, 2, 50.0), (rows["step_01_internal_mapping"].Denominator, rows["step_01_internal_mapping"].Numerator, rows["step_01_internal_mapping"].Percent));
        Assert.Equal((4, 0, 0.0), (rows["step_02_mapping_conversations"].Denominator, rows["step_02_mapping_conversations"].Numerator, rows["step_02_mapping_conversations"].Percent));
        Assert.Equal(1, rows["adult_safety_plan"].Numerator);
        Assert.Equal((4, 1), (rows["started_in_plan_b"].Denominator, rows["started_in_plan_b"].Numerator));
        // c is open: its residential plan b is not "in effect at closure".
        Assert.Equal((2, 1, 50.0), (rows["plan_b_in_effect"].Denominator, rows["plan_b_in_effect"].Numerator, rows["plan_b_in_effect"].Percent));
        Assert.Equal(0, rows["plan_b_residential"].Numerator);
        Assert.Equal((4, 2), (rows["placement"].Denominator, rows["placement"].Numerator));
        Assert.Equal((2, 1, 50.0), (rows["placement_in_network"].Denominator, rows["placement_in_network"].Numerator, rows["placement_in_network"].Percent));
    }

    [Fact]
    public void A_group_with_zero_cases_has_zero_denominators_and_no_percentages()
    {
        var rows = BreadthCounts.Of([]).ToRows("team", "Empty").ToList();
        Assert.All(rows, r => Assert.Equal((0, 0, (double?)null), (r.Denominator, r.Numerator, r.Percent)));
        var durations = new DurationValues().ToRows("team", "Empty", 8).ToList();
        Assert.Equal(16, durations.Count);
        Assert.All(durations, r => Assert.Equal((0, (double?)null, (double?)null), (r.N, r.MeanMonths, r.MedianMonths)));
    }

    [Fact]
    public void Durations_count_steps_before_the_start_as_negative_and_skip_missing_dates()
    {
        var values = new DurationValues();
        // 4 adult plans at -91, 30, 61, 700 days; one trajectory without a plan.
        foreach (var days in new int?[] { -91, 30, 61, 700, null })
        {
            var t = T("x");
            t.AdultSafetyPlanOn = days is { } d ? Start.AddDays(d) : null;
            values.Add(t);
        }
        var adult = values.ToRows("organisation", "O", 8).Single(r => r.Indicator == "adult_safety_plan");
        Assert.Equal(4, adult.N);
        Assert.Equal((-91 + 30 + 61 + 700) / 4.0 / 30.4375, adult.MeanMonths!.Value, 12);
        Assert.Equal((30 + 61) / 2.0 / 30.4375, adult.MedianMonths!.Value, 12); // even n: mean of the two middle values
        Assert.Equal(-91 / 30.4375, adult.MinMonths!.Value, 12);
        Assert.Equal(700 / 30.4375, adult.MaxMonths!.Value, 12);
        Assert.Equal(25.0, adult.OverThresholdPercent); // only 700 days (23.0 months) is over 8 months
        Assert.Equal("-3.0", FigureTable.Cell(adult.MinMonths));
        Assert.Equal("23.0", FigureTable.Cell(adult.MaxMonths));
    }

    [Fact]
    public void An_odd_median_is_the_middle_value_and_exactly_the_threshold_is_not_over_it()
    {
        var values = new DurationValues();
        foreach (var days in new[] { 10, 3, 8 * 30.4375 })
        {
            var t = T("x", (int)Math.Ceiling(days));
            values.Add(t);
        }
        var trajectory = values.ToRows("organisation", "O", 8).Single(r => r.Indicator == "trajectory");
        Assert.Equal(10 / 30.4375, trajectory.MedianMonths!.Value, 12);
        // 244 days = 8.016 months is over 8; 8 × 30.4375 = 243.5 days cannot be hit with whole days.
        Assert.Equal(100.0 / 3, trajectory.OverThresholdPercent!.Value, 12);
    }

    [Fact]
    public void Counts_average_only_known_values_and_sum_crises()
    {
        var a = T("a", 10); a.NetworkMembers = 3; a.NetworkMeetings = 0; a.CrisisBefore = 2; a.CrisisAfter = 1;
        var b = T("b"); b.NetworkMembers = 6; b.CrisisBefore = 1;
        var c = T("c");
        var row = CountsRow.Of("region", "R", [a, b, c]);
        Assert.Equal((3, 1, 4.5, 0.0, 3, 1), (row.Trajectories, row.Closed, row.MeanNetworkMembers, row.MeanNetworkMeetings, row.CrisisBefore, row.CrisisAfter));
        Assert.Null(CountsRow.Of("region", "R", [c]).MeanNetworkMembers);
    }

    [Fact]
    public void Months_are_days_divided_by_30_4375_and_reported_to_one_decimal()
    {
        var day = new DateOnly(2023, 3, 1);
        Assert.Equal(61 / 30.4375, Months.Between(day, day.AddDays(61)), 12);
        Assert.Equal("2.0", FigureTable.Cell(Months.Between(day, day.AddDays(61))));
        Assert.Equal("-0.5", FigureTable.Cell(Months.Between(day, day.AddDays(-15))));
        Assert.Equal("0.0", FigureTable.Cell(-0.04)); // never "-0.0"
        Assert.Equal(("0.3", "-0.3"), (FigureTable.Cell(0.25), FigureTable.Cell(-0.25)));
        Assert.Equal(("33.3", "66.7"), (FigureTable.Cell(100.0 / 3), FigureTable.Cell(200.0 / 3)));
    }
}
