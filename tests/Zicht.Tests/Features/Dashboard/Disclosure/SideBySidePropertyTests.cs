using CsCheck;
using Zicht.Features.Dashboard;
using static Zicht.Tests.Features.Dashboard.Disclosure.Worlds;

namespace Zicht.Tests.Features.Dashboard.Disclosure;

/// <summary>
/// Generated organisations with small teams, same-named teams, a provider service code shared by two
/// organisations, open and closed trajectories over two closing years. For every table an
/// aggregate-only user can download for one period (each level, each service filter, each status),
/// no hidden figure may be a linear combination of shown ones (checked exactly, independently of the
/// production code), and every group below the minimum is hidden.
/// </summary>
public class SideBySidePropertyTests
{
    private const int Minimum = 5;

    /// <summary>Slots a team can occupy: (organisation, service) × region × two names.</summary>
    private static readonly Team[] Slots =
    [
        .. from os in new[] { ("OSD", "OCJ"), ("OSD", "SDJ"), ("Pleegzorg", "CB-SOFS"), ("Kompas", "CB-SOFS") }
           from region in new[] { "Antwerpen", "Limburg" }
           from name in new[] { "Noord", "Zuid" }
           select new Team(os.Item1, region, $"{name} ({os.Item1}, {os.Item2}, {region})", os.Item2),
    ];

    private static readonly int?[] Years = [null, 2023, 2024];
    private static readonly string[] Checked = ["trajectories", "closed", "plan_b", "placement_in_network", "counts", "duration:3"];

    private static readonly Gen<List<FigureAtom>> World =
        from present in Gen.Bool.Array[Slots.Length]
        from sizes in Gen.Frequency((3, Gen.Int[0, 6]), (1, Gen.Int[7, 30])).Array[Slots.Length * Years.Length]
        from shares in Gen.Int[0, 100].Array[8]
        select (List<FigureAtom>)[.. Slots.SelectMany((team, t) => Years.Select((year, y) => (team, t, year, n: sizes[(t * Years.Length) + y])))
            .Where(x => present[x.t] && x.n > 0).Select(x => Atom(x.team, x.year, x.n, shares))];

    [Fact]
    public void No_hidden_figure_is_a_linear_combination_of_the_shown_ones()
    {
        World.Sample(atoms =>
        {
            var sides = new SideBySide(atoms, Minimum);
            foreach (var family in Checked)
            {
                var cells = Tables(atoms).ToList();
                var hidden = cells.Select(c => sides.Hides(family, c.Level, c.Group, c.Service, c.Status)).ToList();
                var shown = new ExactSpan(atoms.Count);
                foreach (var (cell, i) in cells.Select((c, i) => (c, i)).Where(x => !hidden[x.i]))
                {
                    shown.Add(cell.Atoms);
                }
                for (var i = 0; i < cells.Count; i++)
                {
                    if (hidden[i] && shown.Contains(cells[i].Atoms))
                    {
                        throw new InvalidOperationException($"{family}: {cells[i]} is recoverable from the shown figures");
                    }
                }
            }
        }, iter: 120);
    }

    [Fact]
    public void Every_group_below_the_minimum_is_hidden_and_one_figure_is_hidden_everywhere_or_nowhere()
    {
        World.Sample(atoms =>
        {
            var sides = new SideBySide(atoms, Minimum);
            var cells = Tables(atoms).ToList();
            foreach (var cell in cells)
            {
                var size = cell.Atoms.Sum(a => atoms[a].Tally.Breadth.Trajectories);
                Assert.True(size >= Minimum || sides.Hides("trajectories", cell.Level, cell.Group, cell.Service, cell.Status), cell.ToString());
            }
            foreach (var same in cells.GroupBy(c => string.Join(',', c.Atoms)))
            {
                Assert.Single(same.Select(c => sides.Hides("trajectories", c.Level, c.Group, c.Service, c.Status)).Distinct());
            }
        }, iter: 120);
    }

    private sealed record Table(string Level, string Group, string? Service, TrajectoryStatus Status, int[] Atoms)
    {
        public override string ToString() => $"{Level} {Group} (service {Service ?? "all"}, {Status}; atoms {string.Join(',', Atoms)})";
    }

    /// <summary>What a downloader knows: which teams and years each published row covers.</summary>
    private static IEnumerable<Table> Tables(List<FigureAtom> atoms)
    {
        foreach (var service in atoms.Select(a => a.Service).Distinct().Prepend(null))
        {
            foreach (var status in new[] { TrajectoryStatus.All, TrajectoryStatus.Open, TrajectoryStatus.Closed })
            {
                var covered = atoms.Select((a, i) => (a, i)).Where(x => (service is null || x.a.Service == service)
                    && (status == TrajectoryStatus.All || (status == TrajectoryStatus.Open) == (x.a.Year is null))).ToList();
                foreach (var (level, key) in new (string, Func<FigureAtom, string?>)[]
                    { ("organisation", a => a.Organisation), ("region", a => a.Region), ("team", a => a.Team), ("service", a => a.Service), ("closing_year", a => a.Year?.ToString()) })
                {
                    foreach (var group in covered.Where(x => key(x.a) is not null).GroupBy(x => key(x.a)!))
                    {
                        yield return new Table(level, group.Key, service, status, [.. group.Select(x => x.i)]);
                    }
                }
            }
        }
    }
}
