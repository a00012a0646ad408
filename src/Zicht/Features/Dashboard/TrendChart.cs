using System.Globalization;

namespace Zicht.Features.Dashboard;

/// <summary>
/// Geometry of the server-rendered trend chart: percentages by closing year as lines in an SVG. The
/// numbers are also printed in a table beside it, so the chart needs no JavaScript, prints, and reads
/// aloud.
/// </summary>
public sealed class TrendChart
{
    public static readonly string[] Indicators = ["adult_safety_plan", "child_safety_plan", "step_12_network_meeting", "plan_b_in_effect"];
    public const int Width = 560, Height = 240, Left = 40, Right = 10, Top = 10, Bottom = 30;

    public TrendChart(IEnumerable<BreadthRow> trend)
    {
        var rows = trend.Where(r => Indicators.Contains(r.Indicator)).ToList();
        Years = rows.Select(r => r.Group).Distinct().Order(StringComparer.Ordinal).ToList();
        Values = rows.ToDictionary(r => (r.Indicator, r.Group), r => r.Suppressed ? null : r.Percent);
    }

    public List<string> Years { get; }
    public Dictionary<(string Indicator, string Year), double?> Values { get; }

    public double X(int index) => Left + (Years.Count <= 1 ? 0 : index * (Width - Left - Right) / (double)(Years.Count - 1));

    public static double Y(double percent) => Top + ((100 - percent) * (Height - Top - Bottom) / 100.0);

    /// <summary>SVG polyline points; a suppressed or empty year breaks nothing, it is just left out.</summary>
    public string Points(string indicator) => string.Join(" ", Years.Select((year, i) => (i, v: Values.GetValueOrDefault((indicator, year))))
        .Where(p => p.v is not null).Select(p => F(X(p.i)) + "," + F(Y(p.v!.Value))));

    public static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
