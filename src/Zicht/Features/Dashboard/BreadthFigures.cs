using Zicht.Features.Trajectories;

namespace Zicht.Features.Dashboard;

/// <summary>One line of breadth.csv. Percent is empty when the denominator is 0.</summary>
public sealed record BreadthRow(string Level, string Group, string Indicator, int Denominator, int Numerator, bool Suppressed)
{
    public double? Percent => Denominator == 0 ? null : 100.0 * Numerator / Denominator;
}

/// <summary>
/// The counts breadth is made of, for one group. The database fills it with one GROUP BY
/// (<see cref="FigureQueries"/>); <see cref="Of"/> is the same definition over rows in memory, the
/// reference the tests hold the SQL to.
/// </summary>
public sealed class BreadthCounts
{
    public int Trajectories { get; set; }
    public int Closed { get; set; }

    /// <summary>Trajectories having each dated indicator, in <see cref="TrajectorySteps.Dated"/> order.</summary>
    public int[] Dated { get; set; } = new int[TrajectorySteps.Dated.Count];
    public int StartedInPlanB { get; set; }
    public int PlanBNetwork { get; set; }
    public int PlanBResidential { get; set; }
    public int Placements { get; set; }
    public int PlacementsInNetwork { get; set; }

    public static BreadthCounts Of(IEnumerable<Trajectory> trajectories)
    {
        var c = new BreadthCounts();
        foreach (var t in trajectories)
        {
            c.Trajectories++;
            for (var i = 0; i < TrajectorySteps.Dated.Count; i++)
            {
                c.Dated[i] += TrajectorySteps.Dated[i].Get(t) is null ? 0 : 1;
            }
            c.StartedInPlanB += t.StartedInPlanB == true ? 1 : 0;
            if (t.ClosedOn is not null)
            {
                // Plan b "in effect" is a fact about closure, so it is counted over closed trajectories only.
                c.Closed++;
                c.PlanBNetwork += t.PlanB == PlanB.Network ? 1 : 0;
                c.PlanBResidential += t.PlanB == PlanB.Residential ? 1 : 0;
            }
            if (t.Placement is { } p && p != Placement.None)
            {
                c.Placements++;
                c.PlacementsInNetwork += p is Placement.FamilyNetwork or Placement.SocialNetwork ? 1 : 0;
            }
        }
        return c;
    }

    /// <summary>Adds another cell's counts (all are counts, so a group is the sum of its closing years).</summary>
    public void Add(BreadthCounts other)
    {
        Trajectories += other.Trajectories;
        Closed += other.Closed;
        for (var i = 0; i < Dated.Length; i++)
        {
            Dated[i] += other.Dated[i];
        }
        StartedInPlanB += other.StartedInPlanB;
        PlanBNetwork += other.PlanBNetwork;
        PlanBResidential += other.PlanBResidential;
        Placements += other.Placements;
        PlacementsInNetwork += other.PlacementsInNetwork;
    }

    /// <summary>The rows of breadth.csv for this group, indicators in the order of exports.md.</summary>
    public IEnumerable<BreadthRow> ToRows(string level, string group)
    {
        for (var i = 0; i < TrajectorySteps.Dated.Count; i++)
        {
            yield return new(level, group, TrajectorySteps.Dated[i].Code, Trajectories, Dated[i], false);
        }
        yield return new(level, group, "started_in_plan_b", Trajectories, StartedInPlanB, false);
        yield return new(level, group, "plan_b_in_effect", Closed, PlanBNetwork + PlanBResidential, false);
        yield return new(level, group, "plan_b_network", Closed, PlanBNetwork, false);
        yield return new(level, group, "plan_b_residential", Closed, PlanBResidential, false);
        yield return new(level, group, "placement", Trajectories, Placements, false);
        yield return new(level, group, "placement_in_network", Placements, PlacementsInNetwork, false);
    }
}
