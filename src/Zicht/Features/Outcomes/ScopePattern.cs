using Zicht.Infrastructure.Disclosure;

namespace Zicht.Features.Outcomes;

/// <summary>
/// Complementary suppression for a figure that is a sum over teams, read for the organisation, each
/// region and each team (the outcome table's scopes, or the fidelity lines by group): every scope of
/// the tree is a cell over the team atoms, a cell below its own rule is hidden, and
/// <see cref="CellSuppression"/> then hides more until no hidden scope is "organisation minus the
/// regions shown", "region minus its teams", or any other sum and difference. One pattern per figure,
/// whoever looks, so two readers comparing notes learn nothing more than one.
/// </summary>
public static class ScopePattern
{
    /// <summary>
    /// Hidden flags per scope of <paramref name="scopes"/>. <paramref name="atomsOf"/> gives each scope's
    /// atoms (teams, or team × year); <paramref name="primary"/> says whether a scope's own figure is too
    /// small to show. <paramref name="size"/> is what hiding it costs (the smallest is hidden first).
    /// </summary>
    public static bool[] Protect<TScope, TAtom>(IReadOnlyList<TScope> scopes, Func<TScope, IEnumerable<TAtom>> atomsOf,
        Func<TScope, bool> primary, Func<TScope, long> size) where TAtom : notnull
    {
        // In one fixed order: the pattern must not depend on the order the rows were read in.
        var atoms = scopes.SelectMany(atomsOf).Distinct().Order().Select((atom, i) => (atom, i)).ToDictionary(x => x.atom, x => x.i);
        var cells = scopes.Select(s => new Cell([.. atomsOf(s).Select(a => atoms[a])], size(s))).ToList();
        return CellSuppression.Protect(atoms.Count, cells, [.. scopes.Select(primary)]);
    }

    /// <summary>
    /// A count of a sensitive outcome (a placement, a re-referral) is hidden when few had it, and when few
    /// did not: "all but two were re-referred" describes those two (as the dashboards do). A group of
    /// nobody hides nothing: it reads "not measured".
    /// </summary>
    public static bool Sensitive(int count, int of, int minimum) =>
        of > 0 && (of < minimum || count is > 0 && count < minimum || of - count is > 0 && of - count < minimum);
}
