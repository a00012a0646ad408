namespace Zicht.Features.Outcomes;

/// <summary>The organisation, region, team and service a trajectory counts in.</summary>
public sealed record FidelityGroup(Guid OrganisationId, Guid RegionId, Guid TeamId, Guid ServiceId);

/// <summary>What one trajectory brings to the comparison: when each dated indicator first happened, and its outcomes (null: not known).</summary>
public sealed record FidelityCase(DateOnly OpenedOn, DateOnly?[] Dates, bool? Placed, bool? PlacedInNetwork, bool? ReReferred)
{
    public FidelityGroup? Group { get; init; }
}

/// <summary>
/// One line of the comparison: an outcome among trajectories where the indicator happened early, and
/// where it did not, for one group (<see cref="Level"/> and <see cref="GroupName"/>; the whole selection when empty).
/// </summary>
public sealed record FidelityRow(string Outcome, string Indicator, Share Early, Share NotEarly, bool Suppressed)
{
    public string Level { get; init; } = "";
    public string GroupName { get; init; } = "";

    public (double Difference, double Lower, double Upper)? Difference => Suppressed ? null : RiskDifference.Of(Early, NotEarly);

    public FidelityRow Hidden() => new(Outcome, Indicator, default, default, true) { Level = Level, GroupName = GroupName };
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

    /// <summary>The outcome of one trajectory; null when it is not known (and the trajectory does not count).</summary>
    public static Func<FidelityCase, bool?> ValueOf(string outcome) => outcome switch
    {
        Placement => c => c.Placed,
        PlacementInNetwork => c => c.Placed == true ? c.PlacedInNetwork : null,
        _ => c => c.ReReferred,
    };

    public static List<FidelityRow> Of(IReadOnlyCollection<FidelityCase> cases, IReadOnlyList<string> indicators, double windowMonths)
    {
        var rows = new List<FidelityRow>();
        foreach (var outcome in Outcomes)
        {
            var value = ValueOf(outcome);
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
        [.. rows.Select(r => minimum is { } k && Hides(r.Early, r.NotEarly, k) ? r.Hidden() : r)];

    /// <summary>The rule of <see cref="Suppress"/> for one line.</summary>
    public static bool Hides(Share early, Share notEarly, int k) => early.N < k || notEarly.N < k || Small(early, k) || Small(notEarly, k);

    private static bool Small(Share s, int k) => s.Events is > 0 && s.Events < k || s.N - s.Events is > 0 && s.N - s.Events < k;
}
