namespace Zicht.Features.Quality;

/// <summary>The four conclusions of an inspected domain (spec §2.4), in the legend order of seed 004:191–197.</summary>
public enum InspectionConclusion { Confirmed, NotConfirmed, ConfirmedHigher, NotConfirmedHigher }

/// <summary>
/// The inspection's conclusion follows from its two flags, never typed (spec §2.4); and the optional
/// indicator catalogue's cumulative rule (spec §2.2: "a higher level means ALL indicators of the
/// previous level are met").
/// </summary>
public static class InspectionRules
{
    public static InspectionConclusion Conclude(bool confirmed, bool higherLevelIndicators) => (confirmed, higherLevelIndicators) switch
    {
        (true, false) => InspectionConclusion.Confirmed,
        (false, false) => InspectionConclusion.NotConfirmed,
        (true, true) => InspectionConclusion.ConfirmedHigher,
        (false, true) => InspectionConclusion.NotConfirmedHigher,
    };

    /// <summary>The export column of a conclusion (formats/quality.md).</summary>
    public static string Column(InspectionConclusion c) => c switch
    {
        InspectionConclusion.Confirmed => "confirmed",
        InspectionConclusion.NotConfirmed => "not_confirmed",
        InspectionConclusion.ConfirmedHigher => "confirmed_higher",
        _ => "not_confirmed_higher",
    };
}

/// <summary>One indicator of a growth level of a domain, and whether the department meets it.</summary>
public sealed record IndicatorCheck(int Level, bool Met);

/// <summary>The earned level and the levels above it of which some indicators are already met.</summary>
public sealed record EarnedLevel(int Level, IReadOnlyList<int> HigherLevelsWithIndicatorsMet);

public static class GrowthLevelRule
{
    /// <summary>
    /// The highest level L such that every level 1…L has indicators and all of them are met. A level
    /// without configured indicators cannot be earned (nothing proves it), so it stops the climb.
    /// </summary>
    public static EarnedLevel Earned(IEnumerable<IndicatorCheck> checks)
    {
        var byLevel = checks.ToLookup(c => c.Level);
        var earned = 0;
        while (earned < QualityRules.Highest && byLevel[earned + 1].Any() && byLevel[earned + 1].All(c => c.Met))
        {
            earned++;
        }
        var higher = byLevel.Where(g => g.Key > earned && g.Any(c => c.Met)).Select(g => g.Key).Order().ToList();
        return new EarnedLevel(earned, higher);
    }
}
