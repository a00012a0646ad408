namespace Zicht.Features.Dashboard;

/// <summary>
/// Small-group suppression for users who may only see aggregates (Roles.AggregateOnly): a figure
/// computed over fewer trajectories than the minimum group size is shown as suppressed, without
/// numbers. Applied per row, not only per group, because a share over 2 closed trajectories of a large
/// team still describes 2 families (docs/decisions/031-figures.md). Pass null to suppress nothing
/// (the command line and users who may open the cases).
/// </summary>
public static class Suppression
{
    public static List<BreadthRow> Apply(IEnumerable<BreadthRow> rows, int? minimum) =>
        rows.Select(r => minimum is { } m && r.Denominator < m ? r with { Denominator = 0, Numerator = 0, Suppressed = true } : r).ToList();

    public static List<DurationRow> Apply(IEnumerable<DurationRow> rows, int? minimum) =>
        rows.Select(r => minimum is { } m && r.N < m ? new DurationRow(r.Level, r.Group, r.Indicator, 0, null, null, null, null, null, true) : r).ToList();

    public static List<CountsRow> Apply(IEnumerable<CountsRow> rows, int? minimum) =>
        rows.Select(r => minimum is { } m && r.Trajectories < m ? new CountsRow(r.Level, r.Group, 0, 0, null, null, 0, 0, true) : r).ToList();
}
