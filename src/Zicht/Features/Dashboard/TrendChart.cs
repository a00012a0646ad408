using System.Globalization;
using Zicht.Infrastructure.Charts;

namespace Zicht.Features.Dashboard;

/// <summary>
/// The trend chart: percentages by closing year as lines on a date axis (each year's figure mid-year,
/// so a missing year leaves a gap of its own width). The numbers are also printed in a table beside
/// it, so the chart needs no JavaScript, prints, and reads aloud.
/// </summary>
public sealed class TrendChart
{
    public static readonly string[] Indicators = ["adult_safety_plan", "child_safety_plan", "step_12_network_meeting", "plan_b_in_effect"];

    public TrendChart(IEnumerable<BreadthRow> trend)
    {
        var rows = trend.Where(r => Indicators.Contains(r.Indicator)).ToList();
        Years = rows.Select(r => r.Group).Distinct().Order(StringComparer.Ordinal).ToList();
        Values = rows.ToDictionary(r => (r.Indicator, r.Group), r => r.Suppressed ? null : r.Percent);
    }

    public List<string> Years { get; }
    public Dictionary<(string Indicator, string Year), double?> Values { get; }

    /// <summary>The chart, one series per indicator in <see cref="Indicators"/> order; a suppressed or empty year is left out of its line.</summary>
    public LineChart Chart(string id, string title, string description, Func<string, string> label, string axisTitle)
    {
        var years = Years.Select(y => int.Parse(y, CultureInfo.InvariantCulture)).ToList();
        var series = Indicators.Select(code => new ChartSeries(label(code),
            [.. years.Where(y => Values.GetValueOrDefault((code, Year(y))) is not null)
                .Select(y => new ChartPoint(TimeAxis.MidYear(y), Values[(code, Year(y))]!.Value))])).ToList();
        return new LineChart(id, title, description, TimeAxis.Years(years.Min(), years.Max(), axisTitle), ChartAxis.Percent(), series);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
