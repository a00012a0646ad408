using Zicht.Features.Trajectories;

namespace Zicht.Features.Bench;

/// <summary>
/// A synthetic provider-module dataset built to the figures seed 000 reports (domain.md §4): 370
/// trajectories of the module contextbegeleiding; the adult safety plan reached on average 7.6 months
/// after the start (range -3 to 22); 40% of closed files last longer than 8 months; 1 in 5 starts in
/// plan b; plan b takes effect in almost half of the closed ones (more network than residential); by
/// closing year 2021→2023 more adult and child safety plans and more network meetings, with the same
/// number of network members. Counts are placed exactly, only the dates are drawn at random.
/// </summary>
public static class Seed000Dataset
{
    public const int Trajectories = 370;
    public const double AdultPlanMeanMonths = 7.6;
    private static readonly int[] ClosedPerYear = [80, 100, 120]; // closing years 2021, 2022, 2023; 70 stay open
    private static readonly string[] Providers = ["Cirkant", "Elegast", "VONK"];
    private static readonly string[] Regions = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant en Brussel", "West-Vlaanderen"];

    public static List<TrajectoryRecord> Generate(int seed = 0)
    {
        var random = new Random(seed);
        var rows = Enumerable.Range(0, Trajectories).Select(i => NewRow(i, random)).ToList();
        var closed = ClosedPerYear.Sum();
        // Closed first (by closing year), then the open ones; durations: exactly 40% of closed over 8 months.
        var longOnes = Pick(random, closed, closed * 40 / 100);
        for (var i = 0; i < closed; i++)
        {
            var year = i < ClosedPerYear[0] ? 2021 : i < ClosedPerYear[0] + ClosedPerYear[1] ? 2022 : 2023;
            var days = longOnes.Contains(i) ? random.Next(250, 900) : random.Next(60, 243); // 243 days = 7.98 months
            var t = rows[i].Values;
            t.ClosedOn = new DateOnly(year, 1, 1).AddDays(random.Next(365));
            t.OpenedOn = t.ClosedOn.Value.AddDays(-days);
        }
        foreach (var i in Pick(random, Trajectories, Trajectories / 5))
        {
            rows[i].Values.StartedInPlanB = true;
        }
        var inEffect = Pick(random, closed, 145).ToList(); // 145 / 300 = 48.3%: "almost half"
        for (var k = 0; k < inEffect.Count; k++)
        {
            rows[inEffect[k]].Values.PlanB = k < 95 ? PlanB.Network : PlanB.Residential;
        }
        Seed000Plans.Place(rows, random, ClosedPerYear);
        return rows;
    }

    private static TrajectoryRecord NewRow(int i, Random random)
    {
        var opened = new DateOnly(2021, 1, 1).AddDays(random.Next(1000));
        return new TrajectoryRecord
        {
            Organisation = Providers[i % Providers.Length],
            Service = "CB-SOFS",
            Region = Regions[i % Regions.Length],
            Team = $"Contextteam {Regions[i % Regions.Length]}",
            Values = new Trajectory
            {
                CaseRef = $"CB-{2021 + (i % 3)}-{i:0000}",
                Worker = $"CB{i % 40:00}",
                OpenedOn = opened,
                StartedInPlanB = false,
                PlanB = PlanB.None,
                NetworkMembers = 3 + random.Next(6),
                ChildBirthDate = opened.AddYears(-4 - random.Next(12)).AddDays(random.Next(365)),
                Placement = random.Next(2) == 0 ? Placement.None : random.Next(3) switch { 0 => Placement.FamilyNetwork, 1 => Placement.SocialNetwork, _ => Placement.Foster },
                CrisisBefore = random.Next(3),
                CrisisAfter = random.Next(2),
            },
        };
    }

    internal static HashSet<int> Pick(Random random, int of, int count) =>
        Enumerable.Range(0, of).OrderBy(_ => random.Next()).Take(count).ToHashSet();
}
