using System.Runtime.InteropServices;
using Zicht.Features.Trajectories;

namespace Zicht.Features.Dashboard;

/// <summary>One line of durations.csv: months after the start (negative when a step preceded it).</summary>
public sealed record DurationRow(string Level, string Group, string Indicator, int N, double? MeanMonths, double? MedianMonths,
    double? MinMonths, double? MaxMonths, double? OverThresholdPercent, bool Suppressed);

/// <summary>
/// One indicator's day offsets, summed up: how many, their sum, least and greatest, the median (the mean of the two
/// middle values when their number is even) and how many are over the threshold.
/// </summary>
public readonly record struct DaySummary(int N, long Sum, int Min, int Max, double MedianDays, int OverThreshold);

/// <summary>Collects day offsets per indicator for one group and turns them into duration rows.</summary>
public sealed class DurationValues
{
    /// <summary>The indicators of durations.csv: each step, both safety plans, then the whole trajectory.</summary>
    public static readonly IReadOnlyList<string> Indicators = [.. TrajectorySteps.Dated.Select(s => s.Code), "trajectory"];

    private readonly List<int>[] _days = Indicators.Select(_ => new List<int>()).ToArray();

    /// <summary>Adds one trajectory: each known date as days after opened_on; closed_on for "trajectory".</summary>
    public void Add(DateOnly openedOn, ReadOnlySpan<DateOnly?> dated, DateOnly? closedOn)
    {
        for (var i = 0; i < dated.Length; i++)
        {
            if (dated[i] is { } d)
            {
                _days[i].Add(d.DayNumber - openedOn.DayNumber);
            }
        }
        if (closedOn is { } closed)
        {
            _days[^1].Add(closed.DayNumber - openedOn.DayNumber);
        }
    }

    public void Add(Trajectory t)
    {
        Span<DateOnly?> dated = stackalloc DateOnly?[TrajectorySteps.Dated.Count];
        for (var i = 0; i < dated.Length; i++)
        {
            dated[i] = TrajectorySteps.Dated[i].Get(t);
        }
        Add(t.OpenedOn, dated, t.ClosedOn);
    }

    /// <summary>Adds the day offsets of one indicator (as <see cref="DurationCellCodec"/> hands them out).</summary>
    public void AddDays(int indicator, ReadOnlySpan<int> days) => _days[indicator].AddRange(days);

    /// <summary>Adds every day offset of <paramref name="other"/>.</summary>
    public void AddAll(DurationValues other)
    {
        for (var i = 0; i < _days.Length; i++)
        {
            _days[i].AddRange(other._days[i]);
        }
    }

    /// <summary>The day offsets per indicator, in <see cref="Indicators"/> order.</summary>
    internal IReadOnlyList<List<int>> Days => _days;

    public IEnumerable<DurationRow> ToRows(string level, string group, double thresholdMonths) =>
        Indicators.Select((code, i) => Row(level, group, code, _days[i], thresholdMonths));

    public static DurationRow Row(string level, string group, string indicator, List<int> days, double thresholdMonths)
    {
        if (days.Count == 0)
        {
            return new(level, group, indicator, 0, null, null, null, null, null, false);
        }
        var values = CollectionsMarshal.AsSpan(days);
        var n = values.Length;
        int min = int.MaxValue, max = int.MinValue, over = 0;
        long sum = 0;
        foreach (var d in values)
        {
            (min, max, sum) = (Math.Min(min, d), Math.Max(max, d), sum + d);
            over += OverThreshold(d, thresholdMonths) ? 1 : 0;
        }
        // Median of an even n is the mean of the two middle values (exports.md).
        var medianDays = n % 2 == 1 ? Ranked(values, min, max, n / 2, n / 2) : Ranked(values, min, max, (n / 2) - 1, n / 2);
        return Row(level, group, indicator, new(n, sum, min, max, medianDays, over));
    }

    /// <summary>The figures of one indicator from what was counted over its day offsets (as <see cref="FigureMirror"/> counts them).</summary>
    public static DurationRow Row(string level, string group, string indicator, DaySummary days) => days.N == 0
        ? new(level, group, indicator, 0, null, null, null, null, null, false)
        : new(level, group, indicator, days.N, (double)days.Sum / days.N / Months.DaysPerMonth, days.MedianDays / Months.DaysPerMonth,
            days.Min / Months.DaysPerMonth, days.Max / Months.DaysPerMonth, 100.0 * days.OverThreshold / days.N, false);

    /// <summary>Whether <paramref name="days"/> after the start count as over the threshold (the definition the mirror's SQL repeats).</summary>
    public static bool OverThreshold(int days, double thresholdMonths) => days / Months.DaysPerMonth > thresholdMonths;

    /// <summary>
    /// The mean of the values at two ranks (0-based, in ascending order). Day offsets span a few thousand
    /// values at most, so counting them is exact and far cheaper than sorting a million of them; a wide,
    /// sparse spread falls back to sorting.
    /// </summary>
    internal static double Ranked(Span<int> values, int min, int max, int lower, int upper)
    {
        var range = (long)max - min + 1;
        if (range > (4L * values.Length) + 4096)
        {
            values.Sort();
            return (values[lower] + (double)values[upper]) / 2.0;
        }
        var counts = new int[range];
        foreach (var d in values)
        {
            counts[d - min]++;
        }
        int? low = null;
        var seen = 0;
        for (var i = 0; i < counts.Length; i++)
        {
            seen += counts[i];
            if (low is null && seen > lower)
            {
                low = min + i;
            }
            if (seen > upper)
            {
                return (low!.Value + (double)(min + i)) / 2.0;
            }
        }
        throw new InvalidOperationException("Rank beyond the values.");
    }
}
