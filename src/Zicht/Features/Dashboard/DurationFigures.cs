using Zicht.Features.Trajectories;

namespace Zicht.Features.Dashboard;

/// <summary>One line of durations.csv: months after the start (negative when a step preceded it).</summary>
public sealed record DurationRow(string Level, string Group, string Indicator, int N, double? MeanMonths, double? MedianMonths,
    double? MinMonths, double? MaxMonths, double? OverThresholdPercent, bool Suppressed);

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

    public IEnumerable<DurationRow> ToRows(string level, string group, double thresholdMonths) =>
        Indicators.Select((code, i) => Row(level, group, code, _days[i], thresholdMonths));

    public static DurationRow Row(string level, string group, string indicator, List<int> days, double thresholdMonths)
    {
        if (days.Count == 0)
        {
            return new(level, group, indicator, 0, null, null, null, null, null, false);
        }
        days.Sort();
        var n = days.Count;
        // Median of an even n is the mean of the two middle values (exports.md).
        var medianDays = n % 2 == 1 ? days[n / 2] : (days[(n / 2) - 1] + days[n / 2]) / 2.0;
        var over = days.Count(d => d / Months.DaysPerMonth > thresholdMonths);
        return new(level, group, indicator, n,
            days.Average() / Months.DaysPerMonth, medianDays / Months.DaysPerMonth,
            days[0] / Months.DaysPerMonth, days[^1] / Months.DaysPerMonth, 100.0 * over / n, false);
    }
}
