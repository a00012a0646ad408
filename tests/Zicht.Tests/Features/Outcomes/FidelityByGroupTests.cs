using Zicht.Features.Dashboard;
using Zicht.Features.Outcomes;
using Zicht.Tests.Features.Dashboard.Disclosure;

namespace Zicht.Tests.Features.Outcomes;

/// <summary>
/// Fidelity lines per organisation, region and team: generated organisations with small teams, a service
/// code shared by two organisations, and every level, service filter and window an aggregate-only viewer
/// can ask for. For each outcome no hidden line is a sum or difference of shown ones (checked with the
/// independent exact elimination of the dashboard tests), and nothing is hidden without a minimum.
/// </summary>
public class FidelityByGroupTests
{
    private static readonly Guid O1 = Guid.NewGuid(), O2 = Guid.NewGuid(), R1 = Guid.NewGuid(), R2 = Guid.NewGuid();
    private static readonly Guid Ocj = Guid.NewGuid(), Sdj = Guid.NewGuid(), Ocj2 = Guid.NewGuid();
    private static readonly FidelityGroup[] Teams =
    [
        new(O1, R1, Guid.NewGuid(), Ocj), new(O1, R1, Guid.NewGuid(), Ocj), new(O1, R2, Guid.NewGuid(), Sdj), new(O2, R2, Guid.NewGuid(), Ocj2), new(O2, R1, Guid.NewGuid(), Ocj2),
    ];
    private static readonly double[] Windows = [3, 6, 12];

    private static string Code(Guid service) => service == Sdj ? "SDJ" : "OCJ";

    private static List<FidelityCase> World(int seed)
    {
        var random = new Random(seed);
        var opened = new DateOnly(2023, 1, 1);
        var cases = new List<FidelityCase>();
        foreach (var team in Teams)
        {
            // The third team is always small; any other one sometimes.
            var n = team == Teams[2] || random.Next(1, 5) == 1 ? random.Next(1, 5) : random.Next(20, 70);
            for (var i = 0; i < n; i++)
            {
                DateOnly? step = random.Next(5) == 0 ? null : opened.AddDays(random.Next(-60, 500));
                var placed = random.Next(4) == 0 ? (bool?)null : random.Next(3) == 0;
                cases.Add(new FidelityCase(opened, [step], placed, placed == true ? random.Next(2) == 0 : null, random.Next(3) == 0 ? null : random.Next(3) == 0)
                { Group = team });
            }
        }
        return cases;
    }

    private static int Bucket(FidelityCase c) =>
        Enumerable.Range(0, Windows.Length).FirstOrDefault(w => c.Dates[0] is { } d && d.DayNumber - c.OpenedOn.DayNumber <= Windows[w] * Months.DaysPerMonth, Windows.Length);

    private static IEnumerable<(FigureLevel Level, string Service, int Window)> Asks() =>
        from level in FidelityByGroup.Levels from service in ServiceFilters from w in Enumerable.Range(0, Windows.Length) select (level, service, w);

    private static readonly string[] ServiceFilters = ["", "OCJ", "SDJ"];

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(8)]
    [InlineData(9)]
    public void No_hidden_line_is_a_sum_or_difference_of_shown_ones(int seed)
    {
        var cases = World(seed);
        var atoms = cases.Select(c => (c.Group!, Bucket(c))).Distinct().ToList();
        var index = atoms.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => x.i);
        var lines = Asks().SelectMany(ask => FidelityByGroup.Rows(cases, [(0, "step")], Code, new FidelityAsk(ask.Level, ask.Service, Windows, ask.Window, 5))
            .Select(r => (ask, r.GroupId, r.Row))).ToList();
        int[] Cell((FigureLevel Level, string Service, int Window) ask, Guid group, bool earlyOnly) =>
            [.. atoms.Where(a => FidelityByGroup.IdAt(ask.Level, a.Item1) == group && (ask.Service == "" || Code(a.Item1.ServiceId) == ask.Service)
                && (!earlyOnly || a.Item2 <= ask.Window)).Select(a => index[a])];

        // Placement in the network is counted among the placed: its counts are the placement counts' events.
        foreach (var (outcome, alsoFrom) in new[] { ("re_referral_12_months", ""), ("placement", "placement_in_network"), ("placement_in_network", "") })
        {
            var span = new ExactSpan(atoms.Count);
            foreach (var (ask, group, _) in lines.Where(l => (l.Row.Outcome == outcome || l.Row.Outcome == alsoFrom) && !l.Row.Suppressed))
            {
                span.Add(Cell(ask, group, true));
                span.Add(Cell(ask, group, false));
            }
            foreach (var (ask, group, row) in lines.Where(l => l.Row.Outcome == outcome && l.Row.Suppressed))
            {
                var early = Cell(ask, group, true);
                Assert.True(early.Length == 0 || !span.Contains(early), $"seed {seed}: {outcome} {ask} {group} recoverable");
            }
        }
        // Not vacuous: the small teams are hidden, the organisations' placement lines at six months shown.
        Assert.Contains(lines, l => l.Row.Suppressed && l.ask.Level == FigureLevel.Team);
        Assert.Contains(lines, l => !l.Row.Suppressed && l.Row.Outcome == FidelityFigures.Placement && l.ask.Window == 1);
    }

    [Fact]
    public void Without_a_minimum_nothing_is_hidden_and_the_lines_add_up_to_the_cases()
    {
        var cases = World(7);

        var rows = FidelityByGroup.Rows(cases, [(0, "step")], Code, new FidelityAsk(FigureLevel.Organisation, null, [3], 0, null));

        Assert.All(rows, r => Assert.False(r.Row.Suppressed));
        var placement = rows.Where(r => r.Row.Outcome == FidelityFigures.Placement).ToList();
        Assert.Equal(cases.Count(c => c.Placed is not null), placement.Sum(r => r.Row.Early.N + r.Row.NotEarly.N));
        Assert.Equal(cases.Count(c => c.Placed == true), placement.Sum(r => r.Row.Early.Events + r.Row.NotEarly.Events));
    }
}
