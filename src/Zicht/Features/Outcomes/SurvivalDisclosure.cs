using Zicht.Features.Dashboard;

namespace Zicht.Features.Outcomes;

/// <summary>
/// Survival figures for someone who may see aggregates only (docs/decisions/050-survival-figures.md).
/// A group's n and events are the counts the durations table already shows for that indicator (the
/// trajectories of the group, and those that reached it), so a row follows the durations' suppression
/// pattern over every table side by side (<see cref="SideBySide"/>): hidden below the minimum, and
/// hidden where it could be worked out from others. Opening-year cohorts are not among the atoms of
/// that pattern, so their counts are never shown to these viewers: only the estimates, and only for a
/// cohort with at least the minimum number of trajectories and of events.
/// </summary>
public static class SurvivalDisclosure
{
    public static List<SurvivalRow> Apply(IEnumerable<SurvivalRow> rows, int? minimum, SideBySide? sides, FigureFilter filter) =>
        [.. rows.Select(r => minimum is not { } k || r.Suppressed ? r
            : r.N < k || r.Events < k ? r.Hidden()
            : r.Level == SurvivalQueries.OpeningYear ? r with { N = 0, Events = 0, Censored = 0, CountsHidden = true }
            : sides is not null && sides.Hides(SideBySideRows.DurationFamilyOf(r.Indicator), r.Level, r.Group, filter.Service, TrajectoryStatus.All) ? r.Hidden()
            : r)];
}
