using Zicht.Features.Dashboard;

namespace Zicht.Features.Outcomes;

/// <summary>One line of survival.csv, with the curve it came from (for the chart; never exported).</summary>
public sealed record SurvivalRow(string Level, string Group, string Indicator, int N, int Events, int Censored,
    double? MedianMonths, double? P25Months, double? P75Months, double? Cif6Percent, double? Cif12Percent, bool Suppressed)
{
    public IReadOnlyList<CurvePoint> Curve { get; init; } = [];

    /// <summary>The estimates are shown but the counts are not (opening-year cohorts for aggregate-only viewers).</summary>
    public bool CountsHidden { get; init; }

    public static SurvivalRow Of(string level, string group, string indicator, IReadOnlyCollection<Subject> subjects)
    {
        var curve = SurvivalEstimate.KaplanMeier(subjects);
        var n = SurvivalEstimate.Total(subjects);
        var events = SurvivalEstimate.Total(subjects.Where(s => s.Ending == Ending.Event));
        double? Months(int? days) => days is { } d ? d / Dashboard.Months.DaysPerMonth : null;
        double? Cif(double days) => n == 0 ? null
            : 100 * (indicator == SurvivalDefinition.Trajectory
                ? 1 - SurvivalEstimate.SurvivalAt(curve, days)
                : SurvivalEstimate.CumulativeIncidence(subjects, days));
        return new(level, group, indicator, n, events, n - events,
            Months(SurvivalEstimate.Quantile(curve, 0.5)), Months(SurvivalEstimate.Quantile(curve, 0.25)), Months(SurvivalEstimate.Quantile(curve, 0.75)),
            Cif(SurvivalEstimate.SixMonthsDays), Cif(SurvivalEstimate.TwelveMonthsDays), false)
        { Curve = curve };
    }

    /// <summary>The row an aggregate-only viewer gets when it is hidden: level, group and indicator only.</summary>
    public SurvivalRow Hidden() => new(Level, Group, Indicator, 0, 0, 0, null, null, null, null, null, true);

    public static FigureTable Table(IEnumerable<SurvivalRow> rows) => new("survival",
        ["level", "group", "indicator", "n", "events", "censored", "km_median_months", "km_p25_months", "km_p75_months", "cif_6m_percent", "cif_12m_percent", "suppressed"],
        [.. rows.Select(r => r.Suppressed
            ? new object?[] { r.Level, r.Group, r.Indicator, null, null, null, null, null, null, null, null, true }
            : [r.Level, r.Group, r.Indicator, r.CountsHidden ? null : r.N, r.CountsHidden ? null : r.Events, r.CountsHidden ? null : r.Censored, r.MedianMonths, r.P25Months, r.P75Months, r.Cif6Percent, r.Cif12Percent, false])]);
}
