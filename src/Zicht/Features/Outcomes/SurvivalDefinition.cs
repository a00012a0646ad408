using Zicht.Features.Trajectories;

namespace Zicht.Features.Outcomes;

/// <summary>The dates of one trajectory a survival figure needs (its indicator's date, or none for <c>trajectory</c>).</summary>
public sealed record SurvivalDates(DateOnly OpenedOn, DateOnly? ClosedOn, DateOnly? IndicatorOn);

/// <summary>
/// Who is an event, a competing event or censored, and when (../shared/formats/survival.md). The format
/// fixes the definitions for "today"; for an earlier <c>--as-of</c> Zicht looks at the data as it
/// stood then (docs/decisions/050-survival-figures.md): trajectories opened later are left out, and a
/// date or closure after as_of has not happened yet.
/// </summary>
public static class SurvivalDefinition
{
    public const string Trajectory = "trajectory";

    /// <summary>Every indicator of the export, in order: the 13 steps, the two safety plans, then the trajectory (closure).</summary>
    public static readonly IReadOnlyList<string> Indicators = [.. TrajectorySteps.Dated.Select(d => d.Code), Trajectory];

    public static bool IsIndicator(string? code) => code is not null && Indicators.Contains(code);

    public static Subject? SubjectOf(SurvivalDates t, string indicator, DateOnly asOf)
    {
        if (t.OpenedOn > asOf)
        {
            return null;
        }
        var closed = t.ClosedOn is { } c && c <= asOf ? c : (DateOnly?)null;
        var censoredAt = Days(t.OpenedOn, closed ?? asOf);
        if (indicator == Trajectory)
        {
            return closed is { } end ? new Subject(Days(t.OpenedOn, end), Ending.Event) : new Subject(censoredAt, Ending.Censored);
        }
        if (t.IndicatorOn is { } on && on <= asOf)
        {
            return new Subject(Days(t.OpenedOn, on), Ending.Event);
        }
        return new Subject(censoredAt, closed is null ? Ending.Censored : Ending.Competing);
    }

    private static int Days(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;
}
