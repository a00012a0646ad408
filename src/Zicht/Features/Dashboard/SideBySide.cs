using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Disclosure;

namespace Zicht.Features.Dashboard;

/// <summary>
/// The trajectories of one team in one service, region and organisation that closed in one year (or
/// are open): the smallest group every dashboard figure is a sum of. Labels are the groups' labels.
/// </summary>
public sealed record FigureAtom(string Organisation, string Region, string Team, string Service, int? Year, Tally Tally);

/// <summary>
/// Every table an aggregate-only viewer can put side by side for one period: each level
/// (organisation, region, team, service, closing year), for all services and for each service code,
/// for all, open and closed trajectories (docs/privacy.md). Each family of figures gets one suppression
/// pattern (<see cref="CellSuppression"/>): primary below the minimum, then complementary. Families
/// that share a figure nest (a pattern is protected and hides at least its base), so a count shown in
/// two downloads is hidden in both or in neither.
/// </summary>
public sealed class SideBySide
{
    private static readonly TrajectoryStatus[] Statuses = [TrajectoryStatus.All, TrajectoryStatus.Open, TrajectoryStatus.Closed];
    private static readonly FigureLevel[] Levels =
        [FigureLevel.Organisation, FigureLevel.Region, FigureLevel.Team, FigureLevel.Service, FigureLevel.ClosingYear];

    private readonly int _minimum;
    private readonly int _atomCount;
    private readonly List<Cell> _cells = [];
    private readonly List<Tally> _tallies = [];
    private readonly Dictionary<(string Level, string Group, string Service, TrajectoryStatus Status), int> _index = [];
    private readonly Dictionary<string, bool[]> _families = [];

    public SideBySide(IReadOnlyList<FigureAtom> atoms, int minimum)
    {
        _minimum = minimum;
        _atomCount = atoms.Count;
        var services = atoms.Select(a => ServiceKey(a.Service)).Distinct().Order(StringComparer.Ordinal);
        foreach (var service in services.Prepend(""))
        {
            foreach (var status in Statuses)
            {
                foreach (var level in Levels)
                {
                    var members = atoms.Select((a, i) => (a, i))
                        .Where(x => (service == "" || ServiceKey(x.a.Service) == service) && Covers(status, x.a.Year) && GroupOf(level, x.a) is not null)
                        .GroupBy(x => GroupOf(level, x.a)!, StringComparer.Ordinal);
                    foreach (var group in members)
                    {
                        var tally = new Tally();
                        foreach (var (a, _) in group)
                        {
                            tally.Add(a.Tally);
                        }
                        _index[(FigureLevels.Code(level), group.Key, service, status)] = _cells.Count;
                        _cells.Add(new Cell([.. group.Select(x => x.i)], tally.Breadth.Trajectories));
                        _tallies.Add(tally);
                    }
                }
            }
        }
    }

    /// <summary>How many distinct figures were weighed (for tests and the benchmark).</summary>
    public int CellCount => _cells.Count;

    /// <summary>Is this group's figure of <paramref name="family"/> hidden in the table for that service filter and status?</summary>
    public bool Hides(string family, string level, string group, string? service, TrajectoryStatus status) =>
        _index.TryGetValue((level, group, ServiceKey(service), status), out var cell) && Pattern(family)[cell];

    /// <summary>The families of <see cref="Pattern"/>, in dependency order.</summary>
    public static readonly string[] Families = ["trajectories", "closed", "started_in_plan_b", "plan_b", "placement", "placement_in_network", "counts"];

    /// <summary>The suppression pattern of one family of figures, over every cell.</summary>
    public bool[] Pattern(string family)
    {
        lock (_families)
        {
            return _families.TryGetValue(family, out var known) ? known : _families[family] = Compute(family);
        }
    }

    private bool[] Compute(string family)
    {
        var k = _minimum;
        return family switch
        {
            "trajectories" => Protect(null, t => t.Breadth.Trajectories < k),
            "closed" => Protect("trajectories", t => t.Breadth.Closed < k),
            "started_in_plan_b" => Protect("trajectories", t => Sensitive(t.Breadth.StartedInPlanB, t.Breadth.Trajectories)),
            // In effect = network + residential: the three are one family, or one would give the others away.
            "plan_b" => Protect("closed", t => Sensitive(t.Breadth.PlanBNetwork, t.Breadth.Closed)
                || Sensitive(t.Breadth.PlanBResidential, t.Breadth.Closed)
                || Sensitive(t.Breadth.PlanBNetwork + t.Breadth.PlanBResidential, t.Breadth.Closed)),
            "placement" => Protect("trajectories", t => Sensitive(t.Breadth.Placements, t.Breadth.Trajectories)),
            "placement_in_network" => Protect("placement", t => t.Breadth.Placements < k
                || Sensitive(t.Breadth.PlacementsInNetwork, t.Breadth.Placements)),
            "counts" => Protect("closed", t => t.CrisisBefore is > 0 && t.CrisisBefore < k || t.CrisisAfter is > 0 && t.CrisisAfter < k),
            "duration:trajectory" => Pattern("closed"),
            _ when family.StartsWith("duration:", StringComparison.Ordinal)
                && int.TryParse(family["duration:".Length..], out var i) => Protect("trajectories", t => t.Breadth.Dated[i] < k),
            _ => throw new ArgumentException($"No figure family '{family}'.", nameof(family)),
        };
    }

    /// <summary>
    /// A sensitive outcome (placement, crisis, plan b) is hidden when few families had it, and also
    /// when few did not: "all but two were placed" describes those two.
    /// </summary>
    private bool Sensitive(int count, int of) => count is > 0 && count < _minimum || of - count is > 0 && of - count < _minimum;

    private bool[] Protect(string? baseFamily, Func<Tally, bool> primary)
    {
        var basePattern = baseFamily is null ? null : Pattern(baseFamily);
        var primaries = _tallies.Select((t, i) => (basePattern?[i] ?? false) || primary(t)).ToList();
        return CellSuppression.Protect(_atomCount, _cells, primaries);
    }

    private static bool Covers(TrajectoryStatus status, int? year) => status switch
    {
        TrajectoryStatus.Open => year is null,
        TrajectoryStatus.Closed => year is not null,
        _ => true,
    };

    private static string? GroupOf(FigureLevel level, FigureAtom a) => level switch
    {
        FigureLevel.Organisation => a.Organisation,
        FigureLevel.Region => a.Region,
        FigureLevel.Team => a.Team,
        FigureLevel.Service => a.Service,
        _ => a.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string ServiceKey(string? service) => service?.Trim().ToUpperInvariant() ?? "";
}
