using Zicht.Features.Trajectories;

namespace Zicht.Features.Dashboard;

/// <summary>
/// Lays a <see cref="SideBySide"/> pattern over the rows of breadth.csv, durations.csv and counts.csv
/// (and the pages that show them). A hidden row keeps its level, group and indicator, as primary
/// suppression does. Rows are expected to have passed <see cref="Suppression"/> first.
/// </summary>
public static class SideBySideRows
{
    public static List<BreadthRow> Apply(this SideBySide? sides, IEnumerable<BreadthRow> rows, FigureFilter filter) =>
        [.. rows.Select(r => sides is not null && FamilyOf(r.Indicator) is { } family && !r.Suppressed
            && sides.Hides(family, r.Level, r.Group, filter.Service, filter.Status)
            ? r with { Denominator = 0, Numerator = 0, Suppressed = true } : r)];

    /// <summary>
    /// Durations for aggregate-only viewers also lose their minimum and maximum: each is one
    /// trajectory's value, however large the group (docs/privacy.md).
    /// </summary>
    public static List<DurationRow> Apply(this SideBySide? sides, IEnumerable<DurationRow> rows, FigureFilter filter) =>
        [.. rows.Select(r => sides is null || r.Suppressed ? r
            : sides.Hides(DurationFamilyOf(r.Indicator), r.Level, r.Group, filter.Service, filter.Status)
                ? new DurationRow(r.Level, r.Group, r.Indicator, 0, null, null, null, null, null, true)
                : r with { MinMonths = null, MaxMonths = null })];

    public static List<CountsRow> Apply(this SideBySide? sides, IEnumerable<CountsRow> rows, FigureFilter filter) =>
        [.. rows.Select(r => sides is not null && !r.Suppressed && sides.Hides("counts", r.Level, r.Group, filter.Service, filter.Status)
            ? new CountsRow(r.Level, r.Group, 0, 0, null, null, 0, 0, true) : r)];

    /// <summary>The pattern a breadth indicator follows; null for figures outside the trajectory tables (re-referral).</summary>
    public static string? FamilyOf(string indicator) => indicator switch
    {
        "started_in_plan_b" => "started_in_plan_b",
        "plan_b_in_effect" or "plan_b_network" or "plan_b_residential" => "plan_b",
        "placement" => "placement",
        "placement_in_network" => "placement_in_network",
        _ when TrajectorySteps.Dated.Any(s => s.Code == indicator) => "trajectories",
        _ => null,
    };

    public static string DurationFamilyOf(string indicator)
    {
        var i = DurationValues.Indicators.ToList().IndexOf(indicator);
        return i < 0 || indicator == "trajectory" ? "duration:trajectory" : $"duration:{i}";
    }
}
