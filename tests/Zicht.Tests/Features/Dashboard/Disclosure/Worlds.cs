using Zicht.Features.Dashboard;

namespace Zicht.Tests.Features.Dashboard.Disclosure;

/// <summary>Builds <see cref="FigureAtom"/>s for the side-by-side tests: one team, one closing year (null = open).</summary>
public static class Worlds
{
    public sealed record Team(string Organisation, string Region, string Name, string Service);

    /// <summary>An atom of <paramref name="n"/> trajectories; <paramref name="share"/> (0..100 each) sets the other counts.</summary>
    public static FigureAtom Atom(Team team, int? year, int n, IReadOnlyList<int>? share = null)
    {
        int Of(int i) => share is null ? n : n * share[i % share.Count] / 100;
        var closed = year is null ? 0 : n;
        var network = year is null ? 0 : Of(3);
        var placements = Of(5);
        var tally = new Tally
        {
            Breadth = new BreadthCounts
            {
                Trajectories = n,
                Closed = closed,
                Dated = [.. Enumerable.Range(0, 15).Select(i => Of(i + 7))],
                StartedInPlanB = Of(1),
                PlanBNetwork = network,
                PlanBResidential = Math.Min(closed - network, Of(4)),
                Placements = placements,
                PlacementsInNetwork = placements * Of(6) / Math.Max(n, 1),
            },
            CrisisBefore = Of(2),
            CrisisAfter = Of(0),
        };
        return new FigureAtom(team.Organisation, team.Region, team.Name, team.Service, year, tally);
    }
}
