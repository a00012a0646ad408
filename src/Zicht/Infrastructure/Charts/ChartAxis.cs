using System.Globalization;

namespace Zicht.Infrastructure.Charts;

/// <summary>A mark on an axis: a grid line, a label, or both (a year's label sits mid-year, its grid line on 1 January).</summary>
public sealed record AxisTick(double Value, string? Label, bool Grid = true);

/// <summary>
/// One axis: its range, its ticks and its title. Values are plain numbers; a time axis uses day numbers
/// (<see cref="TimeAxis"/>), so dates are placed by how far apart they are, not evenly.
/// </summary>
public sealed record ChartAxis(double Min, double Max, IReadOnlyList<AxisTick> Ticks, string? Title = null)
{
    /// <summary>Where <paramref name="value"/> falls between <paramref name="from"/> and <paramref name="to"/> (pixels).</summary>
    public double Scale(double value, double from, double to) =>
        Max <= Min ? (from + to) / 2 : from + ((value - Min) * (to - from) / (Max - Min));

    /// <summary>Evenly spaced ticks from <paramref name="min"/> to <paramref name="max"/>, labelled by <paramref name="label"/>.</summary>
    public static ChartAxis Linear(double min, double max, double step, Func<double, string> label, string? title = null)
    {
        var ticks = new List<AxisTick>();
        for (var v = Math.Ceiling(min / step) * step; v <= max + (step / 1000); v += step)
        {
            ticks.Add(new AxisTick(v, label(v)));
        }
        return new ChartAxis(min, max, ticks, title);
    }

    /// <summary>0–100 % in quarters, labelled the way the reader's language writes a share ("25 %" in Dutch).</summary>
    public static ChartAxis Percent(string? title = null) => Linear(0, 100, 25, v => Percentage(v, 0), title);

    /// <summary>"84,0 %" in Dutch (Belgian usage: a space before the sign), "84.0%" in English.</summary>
    public static string Percentage(double value, int decimals = 1) =>
        value.ToString(decimals == 0 ? "0" : "0." + new string('0', decimals), CultureInfo.CurrentCulture)
        + (CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "nl" ? "\u00a0%" : "%");

    /// <summary>A number in the reader's language ("7,5" in Dutch).</summary>
    public static string Number(double value, int decimals = 0) =>
        value.ToString(decimals == 0 ? "0" : "0." + new string('0', decimals), CultureInfo.CurrentCulture);
}
