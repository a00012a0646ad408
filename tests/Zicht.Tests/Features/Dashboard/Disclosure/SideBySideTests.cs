using Zicht.Features.Dashboard;
using static Zicht.Tests.Features.Dashboard.Disclosure.Worlds;

namespace Zicht.Tests.Features.Dashboard.Disclosure;

/// <summary>The attacks of issue 8 against the dashboards' tables, on hand-made organisations.</summary>
public class SideBySideTests
{
    private static readonly Team North = new("OSD", "Antwerpen", "Noord", "OCJ");
    private static readonly Team South = new("OSD", "Antwerpen", "Zuid", "OCJ");
    private static readonly Team Provider = new("Pleegzorg", "Antwerpen", "Pleegzorg Antwerpen", "CB-SOFS");

    [Fact]
    public void Service_minus_the_visible_team_no_longer_gives_the_hidden_team()
    {
        var sides = new SideBySide([Atom(North, 2024, 12), Atom(South, 2024, 3)], 5);
        Assert.True(sides.Hides("trajectories", "team", "Zuid", null, TrajectoryStatus.All));
        // Service OCJ = Noord + Zuid: one of Noord or the service (and everything equal to it) must go too.
        Assert.True(sides.Hides("trajectories", "team", "Noord", null, TrajectoryStatus.All)
            || sides.Hides("trajectories", "service", "OCJ", null, TrajectoryStatus.All));
    }

    [Fact]
    public void Region_minus_teams_does_not_give_another_organisations_small_team()
    {
        var sides = new SideBySide([Atom(North, 2024, 20), Atom(South, 2024, 30), Atom(Provider, 2024, 2)], 5);
        Assert.True(sides.Hides("trajectories", "team", "Pleegzorg Antwerpen", null, TrajectoryStatus.All));
        // Region Antwerpen − Noord − Zuid = the provider's 2, and so is the organisation Pleegzorg and service CB-SOFS.
        Assert.True(sides.Hides("trajectories", "organisation", "Pleegzorg", null, TrajectoryStatus.All));
        Assert.True(sides.Hides("trajectories", "service", "CB-SOFS", null, TrajectoryStatus.All));
        Assert.Contains(new[] { ("region", "Antwerpen"), ("team", "Noord"), ("team", "Zuid") },
            c => sides.Hides("trajectories", c.Item1, c.Item2, null, TrajectoryStatus.All));
    }

    [Fact]
    public void Open_plus_closed_cannot_give_back_a_hidden_open_count()
    {
        // Noord: 2 open (hidden) and 10 closed; "all" minus "closed" would give the 2.
        var sides = new SideBySide([Atom(North, null, 2), Atom(North, 2024, 10), Atom(South, 2024, 9)], 5);
        Assert.True(sides.Hides("trajectories", "team", "Noord", null, TrajectoryStatus.Open));
        Assert.True(sides.Hides("trajectories", "team", "Noord", null, TrajectoryStatus.All)
            || sides.Hides("trajectories", "team", "Noord", null, TrajectoryStatus.Closed));
    }

    [Fact]
    public void A_few_placements_in_a_large_team_are_hidden_and_cannot_be_subtracted_back()
    {
        var sides = new SideBySide([Atom(North, 2024, 40, [50, 50, 50, 50, 50, 5, 50]), Atom(South, 2024, 40, [50, 50, 50, 50, 50, 50, 50])], 5);
        Assert.False(sides.Hides("trajectories", "team", "Noord", null, TrajectoryStatus.All));
        Assert.True(sides.Hides("placement", "team", "Noord", null, TrajectoryStatus.All)); // 40 × 5% = 2 placements
        Assert.True(sides.Hides("placement", "team", "Zuid", null, TrajectoryStatus.All)
            || sides.Hides("placement", "region", "Antwerpen", null, TrajectoryStatus.All));
    }

    [Fact]
    public void All_but_a_few_having_a_sensitive_outcome_is_hidden_as_well()
    {
        var sides = new SideBySide([Atom(North, 2024, 40, [95]), Atom(South, 2024, 40, [50])], 5);
        Assert.True(sides.Hides("started_in_plan_b", "team", "Noord", null, TrajectoryStatus.All)); // 38 of 40: 2 did not
        Assert.False(sides.Hides("trajectories", "team", "Noord", null, TrajectoryStatus.All));
    }

    [Fact]
    public void Families_that_show_the_same_count_nest()
    {
        var atoms = new[] { Atom(North, 2024, 12, [30, 10, 80]), Atom(South, 2024, 3), Atom(Provider, null, 9, [20]) };
        var sides = new SideBySide(atoms, 5);
        var trajectories = sides.Pattern("trajectories");
        foreach (var family in SideBySide.Families.Concat(["duration:0", "duration:12", "duration:trajectory"]))
        {
            var pattern = sides.Pattern(family);
            Assert.All(Enumerable.Range(0, trajectories.Length), i => Assert.True(!trajectories[i] || pattern[i], family));
        }
    }
}
