using System.Globalization;

namespace Zicht.Infrastructure.Charts;

/// <summary>
/// A date axis: values are day numbers (<see cref="DateOnly.DayNumber"/>), so a gap of two years looks
/// twice as wide as one. Ticks fall on calendar boundaries chosen by the span (weeks, months, quarters,
/// years) and are labelled in the reader's language.
/// </summary>
public static class TimeAxis
{
    public static double Of(DateOnly date) => date.DayNumber;

    /// <summary>An axis from <paramref name="from"/> to <paramref name="to"/> (at least a week wide).</summary>
    public static ChartAxis For(DateOnly from, DateOnly to, string? title = null)
    {
        if (to.DayNumber - from.DayNumber < 7)
        {
            from = from.AddDays(-3);
            to = from.AddDays(7);
        }
        var span = to.DayNumber - from.DayNumber;
        var culture = CultureInfo.CurrentCulture;
        var ticks = new List<AxisTick>();
        if (span <= 70)
        {
            // Mondays, "3 mrt".
            for (var d = from.AddDays(((int)DayOfWeek.Monday - (int)from.DayOfWeek + 7) % 7); d <= to; d = d.AddDays(7))
            {
                ticks.Add(new AxisTick(Of(d), d.ToString("d MMM", culture)));
            }
        }
        else if (span <= 3 * 365)
        {
            // Months (every month up to a year, else every quarter); the year beside January and the first tick.
            var step = span <= 400 ? 1 : 3;
            var first = new DateOnly(from.Year, from.Month, 1);
            for (var d = first < from ? first.AddMonths(1) : first; d <= to; d = d.AddMonths(1))
            {
                if ((d.Month - 1) % step == 0)
                {
                    ticks.Add(new AxisTick(Of(d), d.ToString(ticks.Count == 0 || d.Month == 1 ? "MMM yyyy" : "MMM", culture)));
                }
            }
        }
        else
        {
            var every = span <= 12 * 365 ? 1 : (int)Math.Ceiling(span / 365.0 / 10);
            for (var y = from.Month == 1 && from.Day == 1 ? from.Year : from.Year + 1; y <= to.Year; y += every)
            {
                ticks.Add(new AxisTick(Of(new DateOnly(y, 1, 1)), y.ToString(CultureInfo.InvariantCulture)));
            }
        }
        return new ChartAxis(Of(from), Of(to), ticks, title);
    }

    /// <summary>
    /// Whole calendar years (a figure per closing year): the axis runs from 1 January of the first to
    /// 31 December of the last, a grid line marks each new year, and a year's label and point sit mid-year.
    /// </summary>
    public static ChartAxis Years(int first, int last, string? title = null)
    {
        var ticks = new List<AxisTick>();
        var every = last - first < 12 ? 1 : (int)Math.Ceiling((last - first + 1) / 10.0);
        for (var y = first; y <= last; y++)
        {
            ticks.Add(new AxisTick(Of(new DateOnly(y, 1, 1)), null));
            if ((y - first) % every == 0)
            {
                ticks.Add(new AxisTick(MidYear(y), y.ToString(CultureInfo.InvariantCulture), Grid: false));
            }
        }
        ticks.Add(new AxisTick(Of(new DateOnly(last + 1, 1, 1)), null));
        return new ChartAxis(Of(new DateOnly(first, 1, 1)), Of(new DateOnly(last + 1, 1, 1)), ticks, title);
    }

    /// <summary>Where a figure for a whole year is drawn: 2 July, the middle of the year.</summary>
    public static double MidYear(int year) => Of(new DateOnly(year, 7, 2));
}
