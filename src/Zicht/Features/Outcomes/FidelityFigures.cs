namespace Zicht.Features.Outcomes;

/// <summary>What one trajectory brings to the comparison: when each dated indicator first happened, and its outcomes (null: not known).</summary>
public sealed record FidelityCase(DateOnly OpenedOn, DateOnly?[] Dates, bool? Placed, bool? PlacedInNetwork, bool? ReReferred);

/// <summary>One line of the comparison: an outcome among trajectories where the indicator happened early, and where it did not.</summary>
public sealed record FidelityRow(string Outcome, string Indicator, Share Early, Share NotEarly, bool Suppressed)
{
    public (double Difference, double Lower, double Upper)? Difference => Suppressed ? null : RiskDifference.Of(Early, NotEarly);

    public FidelityRow Hidden() => new(Outcome, Indicator, default, default, true);
}

/// <summary>
/// Fidelity against outcomes: for each dated indicator, trajectories where it happened within the
/// window ("early", a step before the start included) against those where it did not (later, or
/// never), per outcome. Only trajectories whose outcome is known count. This is an association: the
/// groups differ in more than the step (docs/decisions/051-fidelity-against-outcomes.md).
/// </summary>
public static class FidelityFigures
{
    public const string Placement = "placement", PlacementInNetwork = "placement_in_network", ReReferral = "re_referral_12_months";
    public static readonly string[] Outcomes = [ReReferral, Placement, PlacementInNetwork];

    public static bool Early(FidelityCase c, int index, double windowMonths) =>
        c.Dates[index] is { } on && on.DayNumber - c.OpenedOn.DayNumber <= windowMonths * Dashboard.Months.DaysPerMonth;

    public static List<FidelityRow> Of(IReadOnlyCollection<FidelityCase> cases, IReadOnlyList<string> indicators, double windowMonths)
    {
        var rows = new List<FidelityRow>();
        foreach (var outcome in Outcomes)
        {
            Func<FidelityCase, bool?> value = outcome switch
            {
                Placement => c => c.Placed,
                PlacementInNetwork => c => c.Placed == true ? c.PlacedInNetwork : null,
                _ => c => c.ReReferred,
            };
            var known = cases.Select(c => (Case: c, Value: value(c))).Where(x => x.Value is not null).ToList();
            for (var i = 0; i < indicators.Count; i++)
            {
                var early = known.Where(x => Early(x.Case, i, windowMonths)).ToList();
                var later = known.Where(x => !Early(x.Case, i, windowMonths)).ToList();
                rows.Add(new FidelityRow(outcome, indicators[i],
                    new Share(early.Count(x => x.Value == true), early.Count), new Share(later.Count(x => x.Value == true), later.Count), false));
            }
        }
        return rows;
    }

    /// <summary>
    /// For aggregate-only viewers: a line is hidden when either group is below the minimum, or when
    /// few had the outcome or few did not in either group ("all but two were placed" describes two).
    /// </summary>
    public static List<FidelityRow> Suppress(IEnumerable<FidelityRow> rows, int? minimum) =>
        [.. rows.Select(r => minimum is { } k && (r.Early.N < k || r.NotEarly.N < k || Small(r.Early, k) || Small(r.NotEarly, k)) ? r.Hidden() : r)];

    private static bool Small(Share s, int k) => s.Events is > 0 && s.Events < k || s.N - s.Events is > 0 && s.N - s.Events < k;
}
