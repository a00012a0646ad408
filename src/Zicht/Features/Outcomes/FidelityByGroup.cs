using Zicht.Features.Dashboard;
using Zicht.Infrastructure.Disclosure;

namespace Zicht.Features.Outcomes;

/// <summary>What a page asks of the comparison by group: the level, service filter and window it shows, and the windows offered.</summary>
public sealed record FidelityAsk(FigureLevel Level, string? Service, IReadOnlyList<double> Windows, int Window, int? Minimum);

/// <summary>
/// Fidelity against outcomes per organisation, region or team (docs/decisions/082). Every line is a sum
/// over atoms (a team in its organisation, region and service, × when the step happened: within the
/// first window, the second, …, later or never), so for an aggregate-only viewer each step and outcome
/// gets one suppression pattern over every line they can ask for: every level, every service filter and
/// every window offered, and the group totals. A line is hidden below the minimum (<see cref="FidelityFigures.Hides"/>),
/// and <see cref="CellSuppression"/> then hides more until no hidden line is "region minus its teams",
/// "all services minus one", "six months minus three", or any other sum and difference. Placement in the
/// network counts among the placed, so its pattern starts from the placement pattern.
/// </summary>
public static class FidelityByGroup
{
    public static readonly FigureLevel[] Levels = [FigureLevel.Organisation, FigureLevel.Region, FigureLevel.Team];

    private sealed record GroupCell(FigureLevel Level, Guid Id, string Service);

    public static Guid IdAt(FigureLevel level, FidelityGroup g) => level switch
    {
        FigureLevel.Organisation => g.OrganisationId,
        FigureLevel.Region => g.RegionId,
        _ => g.TeamId,
    };

    /// <summary>The lines of the asked level, service and window, per group, per outcome and step (in <paramref name="steps"/>, indexes into the dated steps).</summary>
    public static List<(Guid GroupId, FidelityRow Row)> Rows(IReadOnlyList<FidelityCase> cases, IReadOnlyList<(int Index, string Code)> steps,
        Func<Guid, string> serviceCodeOf, FidelityAsk ask)
    {
        var grouped = cases.Where(c => c.Group is not null).ToList();
        string Code(FidelityCase c) => serviceCodeOf(c.Group!.ServiceId).Trim().ToUpperInvariant();
        var services = grouped.Select(Code).Distinct().Order(StringComparer.Ordinal).Prepend("").ToList();
        var groups = (from service in services
                      from level in Levels
                      from id in grouped.Where(c => service == "" || Code(c) == service).Select(c => IdAt(level, c.Group!)).Distinct().Order()
                      select new GroupCell(level, id, service)).ToList();
        var asked = (ask.Service ?? "").Trim().ToUpperInvariant();
        var result = new List<(Guid, FidelityRow)>();
        foreach (var (index, code) in steps)
        {
            int Bucket(FidelityCase c) => Enumerable.Range(0, ask.Windows.Count).FirstOrDefault(w => FidelityFigures.Early(c, index, ask.Windows[w]), ask.Windows.Count);
            // Atoms: a trajectory's group with its bucket; cells: each group's total, then its early part per window.
            var atoms = grouped.Select(c => (c.Group!, Bucket(c))).Distinct().ToList();
            var atomIndex = atoms.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => x.i);
            bool Member(GroupCell g, FidelityGroup key) => IdAt(g.Level, key) == g.Id && (g.Service == "" || serviceCodeOf(key.ServiceId).Trim().ToUpperInvariant() == g.Service);
            var cells = new List<int[]>();
            foreach (var g in groups)
            {
                cells.Add([.. atoms.Where(a => Member(g, a.Item1)).Select(a => atomIndex[a])]);
                for (var w = 0; w < ask.Windows.Count; w++)
                {
                    cells.Add([.. atoms.Where(a => Member(g, a.Item1) && a.Item2 <= w).Select(a => atomIndex[a])]);
                }
            }
            bool[]? placementHidden = null;
            foreach (var outcome in FidelityFigures.Outcomes.OrderBy(o => o == FidelityFigures.PlacementInNetwork))
            {
                var value = FidelityFigures.ValueOf(outcome);
                var counts = new (int N, int K)[atoms.Count];
                foreach (var c in grouped)
                {
                    if (value(c) is { } v)
                    {
                        var a = atomIndex[(c.Group!, Bucket(c))];
                        counts[a] = (counts[a].N + 1, counts[a].K + (v ? 1 : 0));
                    }
                }
                (int N, int K) Sum(int[] cell) => (cell.Sum(a => counts[a].N), cell.Sum(a => counts[a].K));
                var hidden = Pattern(cells, atoms.Count, ask, Sum, outcome == FidelityFigures.PlacementInNetwork ? placementHidden : null);
                if (outcome == FidelityFigures.Placement)
                {
                    placementHidden = hidden;
                }
                var stride = 1 + ask.Windows.Count;
                for (var g = 0; g < groups.Count; g++)
                {
                    if (groups[g].Level != ask.Level || groups[g].Service != asked)
                    {
                        continue;
                    }
                    var total = Sum(cells[g * stride]);
                    var early = Sum(cells[(g * stride) + 1 + ask.Window]);
                    var row = new FidelityRow(outcome, code, new Share(early.K, early.N), new Share(total.K - early.K, total.N - early.N), false)
                    { Level = FigureLevels.Code(ask.Level) };
                    result.Add((groups[g].Id, hidden[g * stride] || hidden[(g * stride) + 1 + ask.Window] ? row.Hidden() : row));
                }
            }
        }
        return result;
    }

    /// <summary>
    /// Hidden flags over the cells (per group: the total, then the early part per window). A hidden total
    /// hides its lines (early plus not early would give it back), so the pattern is weighed again until
    /// no shown line has a hidden total. Without a minimum nothing is hidden.
    /// </summary>
    private static bool[] Pattern(List<int[]> cells, int atomCount, FidelityAsk ask, Func<int[], (int N, int K)> sum, bool[]? basePattern)
    {
        if (ask.Minimum is not { } k)
        {
            return new bool[cells.Count];
        }
        var stride = 1 + ask.Windows.Count;
        var primary = new bool[cells.Count];
        for (var i = 0; i < cells.Count; i++)
        {
            var total = sum(cells[i - (i % stride)]);
            var own = sum(cells[i]);
            primary[i] = (basePattern?[i] ?? false) || (i % stride == 0
                ? ScopePattern.Sensitive(own.K, own.N, k)
                : total.N > 0 && FidelityFigures.Hides(new Share(own.K, own.N), new Share(total.K - own.K, total.N - own.N), k));
        }
        var list = cells.Select((c, i) => new Cell(c, sum(c).N)).ToList();
        while (true)
        {
            var hidden = CellSuppression.Protect(atomCount, list, primary);
            var forced = false;
            for (var i = 0; i < cells.Count; i++)
            {
                if (i % stride != 0 && hidden[i - (i % stride)] && !hidden[i])
                {
                    primary[i] = forced = true;
                }
            }
            if (!forced)
            {
                return hidden;
            }
        }
    }
}
