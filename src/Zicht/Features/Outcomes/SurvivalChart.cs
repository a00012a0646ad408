using Zicht.Features.Dashboard;
using Zicht.Infrastructure.Charts;

namespace Zicht.Features.Outcomes;

/// <summary>
/// The survival chart: per group the share that reached the indicator (1 − S of Kaplan–Meier) read at
/// whole months from −3 to 24, as step lines on an axis of months after the start. Whole months, not
/// the event days themselves, so the chart never shows one trajectory's date; the same values are in
/// the table beside it.
/// </summary>
public sealed class SurvivalChart
{
    public const int FirstMonth = -3, LastMonth = 24;
    public static int MaxSeries => ChartPalette.Count;
    public static readonly int[] TableMonths = [3, 6, 12, 18, 24];

    public SurvivalChart(IEnumerable<SurvivalRow> rows) =>
        Series = [.. rows.Where(r => !r.Suppressed && (r.N > 0 || r.CountsHidden)).Take(MaxSeries)];

    public List<SurvivalRow> Series { get; }

    public static double ReachedPercent(SurvivalRow row, int month) =>
        100 * (1 - SurvivalEstimate.SurvivalAt(row.Curve, month * Months.DaysPerMonth));

    /// <summary>The chart; markers every three months keep the lines apart without hiding the steps.</summary>
    public LineChart Chart(string id, string title, string description, string monthsTitle) =>
        new(id, title, description,
            ChartAxis.Linear(FirstMonth, LastMonth, 3, m => ChartAxis.Number(m), monthsTitle),
            ChartAxis.Percent(),
            [.. Series.Select(r => new ChartSeries(r.Group,
                [.. Enumerable.Range(FirstMonth, LastMonth - FirstMonth + 1).Select(m => new ChartPoint(m, ReachedPercent(r, m)))])
            {
                Steps = true,
                Markers = [.. Enumerable.Range(0, 10).Select(k => FirstMonth + (3 * k)).Select(m => new ChartPoint(m, ReachedPercent(r, m)))],
            })]);
}
