using Zicht.Features.Trajectories;

namespace Zicht.Features.Bench;

/// <summary>
/// The benchmark's trajectories: one organisation, 5 regions, 100 teams (half OCJ, half SDJ), 15 workers
/// per team (1,500), ten years of openings. Gaps are realistic rather than uniform: each team has its own
/// maturity (how often steps get done), later steps are rarer than early ones, a quarter stays open,
/// and dates fall from shortly before the start to two years after it.
/// </summary>
public static class BenchDataset
{
    public const string Organisation = "BENCH";
    public static readonly string[] Regions = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant en Brussel", "West-Vlaanderen"];
    public const int Teams = 100;
    public const int WorkersPerTeam = 15;

    public static void Write(TextWriter text, int count, int seed = 1)
    {
        var random = new Random(seed);
        var maturity = Enumerable.Range(0, Teams).Select(_ => 0.35 + (0.55 * random.NextDouble())).ToArray();
        using var writer = new TrajectoryCsvWriter(text);
        for (var i = 0; i < count; i++)
        {
            var team = random.Next(Teams);
            writer.Write(Row(i, team, maturity[team], random));
        }
    }

    private static TrajectoryRecord Row(int i, int team, double maturity, Random random)
    {
        var opened = new DateOnly(2015, 1, 1).AddDays(random.Next(3650));
        var closedAfter = random.Next(100) < 75 ? random.Next(30, 1100) : (int?)null;
        var t = new Trajectory
        {
            CaseRef = $"B{i:0000000}",
            Worker = $"W{team:000}-{random.Next(WorkersPerTeam):00}",
            OpenedOn = opened,
            ClosedOn = closedAfter is { } d && opened.AddDays(d) < new DateOnly(2025, 6, 30) ? opened.AddDays(d) : null,
            ChildBirthDate = opened.AddDays(-random.Next(365, 6500)),
            StartedInPlanB = random.Next(100) < 20,
            PlanB = random.Next(100) switch { < 52 => PlanB.None, < 80 => PlanB.Network, _ => PlanB.Residential },
            NetworkMembers = random.Next(10) == 0 ? null : random.Next(15),
            NetworkMeetings = random.Next(10) == 0 ? null : (int)(random.Next(8) * maturity),
            Placement = random.Next(100) switch { < 55 => Placement.None, < 70 => Placement.FamilyNetwork, < 80 => Placement.SocialNetwork, < 92 => Placement.Foster, _ => Placement.Residential },
            CrisisBefore = random.Next(4) == 0 ? null : random.Next(3),
            CrisisAfter = random.Next(4) == 0 ? null : random.Next(2),
            AdultSafetyPlanOn = Maybe(random, opened, maturity * 0.8),
            ChildSafetyPlanOn = Maybe(random, opened, maturity * 0.55),
        };
        for (var s = 0; s < TrajectorySteps.All.Count; s++)
        {
            TrajectorySteps.All[s].Set(t, Maybe(random, opened, maturity * (1.0 - (s * 0.045))));
        }
        var region = Regions[team % Regions.Length];
        return new TrajectoryRecord
        {
            Organisation = Organisation,
            Service = team % 2 == 0 ? "OCJ" : "SDJ",
            Region = region,
            Team = $"Team {team:000}",
            Values = t,
        };
    }

    private static DateOnly? Maybe(Random random, DateOnly opened, double chance) =>
        random.NextDouble() < chance ? opened.AddDays(random.Next(-90, 700)) : null;
}
