using Zicht.Infrastructure.Charts;

namespace Zicht.Features.Dashboard;

/// <summary>
/// The charts beside the breadth and durations tables: dot charts that read row for row like the
/// table next to them (which keeps every number). Hidden figures draw nothing.
/// </summary>
public static class FigureCharts
{
    /// <summary>Breadth: a row per indicator, a marker per group (the first groups by name; the table has them all).</summary>
    public static DotChart Breadth(string id, string title, string description, IReadOnlyList<string> groups, IReadOnlyList<string> indicators,
        IReadOnlyDictionary<(string Group, string Indicator), BreadthRow> cells, Func<string, string> label) =>
        new(id, title, description, ChartAxis.Percent(), [.. groups.Take(ChartPalette.Count)],
            [.. indicators.Select(i => new DotRow(label(i), [.. groups.Take(ChartPalette.Count)
                .Select(g => cells.TryGetValue((g, i), out var c) && !c.Suppressed ? c.Percent : null)]))]);

    /// <summary>Durations of one group: a row per indicator with its median and mean, on an axis of months after the start.</summary>
    public static DotChart Durations(string id, string title, string description, IReadOnlyList<DurationRow> rows, string median, string mean,
        Func<string, string> label, string axisTitle)
    {
        var values = rows.Where(r => !r.Suppressed).SelectMany(r => new[] { r.MedianMonths, r.MeanMonths }).OfType<double>().ToList();
        var min = Math.Min(-3, Math.Floor((values.DefaultIfEmpty(0).Min()) / 3) * 3);
        var max = Math.Max(12, Math.Ceiling((values.DefaultIfEmpty(0).Max()) / 3) * 3);
        var step = max - min <= 27 ? 3 : max - min <= 54 ? 6 : 12;
        return new DotChart(id, title, description, ChartAxis.Linear(min, max, step, m => ChartAxis.Number(m), axisTitle), [median, mean],
            [.. rows.Select(r => new DotRow(label(r.Indicator), r.Suppressed ? [null, null] : [r.MedianMonths, r.MeanMonths]))]);
    }
}
