namespace Zicht.Infrastructure.Disclosure;

/// <summary>One figure a user can see: the atoms it adds up, and what hiding it costs (its size).</summary>
public sealed record Cell(IReadOnlyList<int> Atoms, long Size);

/// <summary>
/// Complementary suppression for a set of tables one user can see side by side (docs/privacy.md).
/// Primary suppression hides the cells below the minimum group size; this then hides more cells until
/// no hidden cell is a linear combination of shown ones: not "parent minus the visible children", not
/// "region minus teams of another service", not any sum and difference across levels, services and
/// statuses. The rule is structural: it holds for every figure with the same pattern (a count, a sum of
/// days, a count over a threshold), so one pattern protects every quantity computed over the same groups.
/// A cell listed twice (the same atoms under two filters) is one figure: hidden everywhere or nowhere.
/// Cells without atoms describe nobody and need no protection.
/// </summary>
public static class CellSuppression
{
    /// <summary>Hidden flags, one per cell: every primary cell, plus the complementary ones.</summary>
    public static bool[] Protect(int atomCount, IReadOnlyList<Cell> cells, IReadOnlyList<bool> primary)
    {
        var unique = new List<(int[] Atoms, long Size)>();
        var indexOf = new Dictionary<string, int>();
        var uniqueOf = new int[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            var atoms = cells[i].Atoms.Distinct().Order().ToArray();
            var key = string.Join(',', atoms);
            if (!indexOf.TryGetValue(key, out var u))
            {
                indexOf[key] = u = unique.Count;
                unique.Add((atoms, cells[i].Size));
            }
            uniqueOf[i] = u;
        }
        var hidden = new bool[unique.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            hidden[uniqueOf[i]] |= primary[i];
        }
        var primaries = (bool[])hidden.Clone();
        ProtectUnique(atomCount, unique, hidden);
        ShowWhatIsNotNeeded(atomCount, unique, hidden, primaries);
        return [.. uniqueOf.Select(u => hidden[u])];
    }

    /// <summary>
    /// Rounds: build the span of what is shown; each hidden cell still in it gives away the cells of
    /// one combination, of which the smallest is hidden. A round reuses its span (too wide once cells
    /// were hidden, so it may hide a little more than needed, never less); the last round proves that
    /// no hidden cell is in the span of the shown ones. Hiding only shrinks the span, so a hidden cell
    /// found outside it stays outside and is not checked again.
    /// </summary>
    private static void ProtectUnique(int atomCount, List<(int[] Atoms, long Size)> unique, bool[] hidden)
    {
        var safe = new bool[unique.Count];
        while (true)
        {
            var basis = new SpanBasis(atomCount, unique.Count);
            // Small cells first keep the basis rows sparse.
            foreach (var u in Enumerable.Range(0, unique.Count).Where(u => !hidden[u] && unique[u].Atoms.Length > 0).OrderBy(u => unique[u].Atoms.Length))
            {
                basis.Add(unique[u].Atoms, u);
            }
            var hiddenThisRound = new HashSet<int>();
            for (var u = 0; u < unique.Count; u++)
            {
                if (!hidden[u] || safe[u] || hiddenThisRound.Contains(u))
                {
                    continue;
                }
                if (unique[u].Atoms.Length == 0 || basis.Express(unique[u].Atoms) is not { } givenBy)
                {
                    safe[u] = true;
                    continue;
                }
                if (givenBy.Any(hiddenThisRound.Contains))
                {
                    continue; // that combination is broken already; the next round checks again
                }
                var cheapest = givenBy.OrderBy(c => unique[c].Size).ThenBy(c => unique[c].Atoms.Length).ThenBy(c => c).First();
                hidden[cheapest] = true;
                hiddenThisRound.Add(cheapest);
            }
            if (hiddenThisRound.Count == 0)
            {
                return;
            }
        }
    }

    /// <summary>
    /// The rounds choose greedily and may hide more than needed (a cell hidden early can become
    /// superfluous once a later, larger one is hidden). Each complementary cell, the largest first, is
    /// shown again when every hidden cell stays outside the span with it shown. Showing one cell adds
    /// one direction to the span, so each hidden cell's remainder is updated instead of recomputed.
    /// </summary>
    private static void ShowWhatIsNotNeeded(int atomCount, List<(int[] Atoms, long Size)> unique, bool[] hidden, bool[] primary)
    {
        var basis = new SpanBasis(atomCount, unique.Count);
        foreach (var u in Enumerable.Range(0, unique.Count).Where(u => !hidden[u] && unique[u].Atoms.Length > 0).OrderBy(u => unique[u].Atoms.Length))
        {
            basis.Add(unique[u].Atoms, u);
        }
        var remainders = Enumerable.Range(0, unique.Count).Where(u => hidden[u] && unique[u].Atoms.Length > 0)
            .ToDictionary(u => u, u => basis.Remainder(unique[u].Atoms));
        var complementary = remainders.Keys.Where(u => !primary[u]).OrderByDescending(u => unique[u].Size).ThenBy(u => u).ToList();
        foreach (var c in complementary)
        {
            var unit = SpanBasis.Unit(remainders[c], out var pivot);
            var after = remainders.Where(r => r.Key != c).ToDictionary(r => r.Key, r => SpanBasis.Without(r.Value, unit, pivot));
            if (after.Values.All(r => r.Any(x => x != 0)))
            {
                hidden[c] = false;
                remainders = after;
            }
        }
    }
}
