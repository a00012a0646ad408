using Zicht.Kernel;

namespace Zicht.Features.PracticeGuide;

/// <summary>What the records say about one case, as far as the guide's rules read them.</summary>
public sealed record CaseFacts(CasePhase Phase, IReadOnlyDictionary<PracticeStep, DateOnly> Steps, IReadOnlyList<DateOnly> ProcessTeams);

/// <summary>One expectation on one case: expected yet (its process step is reached), met (null: no record can tell), and since when.</summary>
public sealed record ExpectationCheck(MinimalExpectation Expectation, bool Due, bool? Met, DateOnly? On)
{
    public bool Unmet => Due && Met == false;
}

/// <summary>
/// Reads the minimal expectations from the records, where a rule can (practice-system.md §3.10). Pure: the same
/// facts give the same checks. An expectation is due once the case has reached its process step; a closed case
/// has reached every step.
/// </summary>
public static class GuideRules
{
    public static ExpectationCheck Check(MinimalExpectation e, CaseFacts f)
    {
        var due = f.Phase >= e.Phase;
        DateOnly? on = e.Rule switch
        {
            ExpectationRule.Step when e.Step is { } step => f.Steps.TryGetValue(step, out var d) ? d : null,
            ExpectationRule.ProcessTeam => f.ProcessTeams.Count > 0 ? f.ProcessTeams.Min() : null,
            _ => null,
        };
        bool? met = e.Rule == ExpectationRule.None || (e.Rule == ExpectationRule.Step && e.Step is null) ? null : on is not null;
        return new ExpectationCheck(e, due, met, on);
    }

    public static List<ExpectationCheck> Checklist(GuideVersion guide, CaseFacts f) =>
        [.. guide.Expectations.OrderBy(e => e.Phase).ThenBy(e => e.Order).Select(e => Check(e, f))];

    /// <summary>Whether a rule can read this expectation at all (the team share counts only those).</summary>
    public static bool Readable(MinimalExpectation e) => e.Rule == ExpectationRule.ProcessTeam || (e.Rule == ExpectationRule.Step && e.Step is not null);
}
