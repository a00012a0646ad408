using Zicht.Data;

namespace Zicht.Features.Dashboard;

/// <summary>
/// Loads the <see cref="FigureAtom"/>s of one period with one GROUP BY (team, service, region,
/// organisation, closing year), and the <see cref="SideBySide"/> patterns an aggregate-only viewer's
/// figures are suppressed with. Service and status are left out of the query: the viewer can choose
/// them, so every choice is weighed together.
/// </summary>
public static class FigureAtoms
{
    public static async Task<List<FigureAtom>> LoadAsync(ZichtDb db, FigureQueries queries, FigureFilter filter, CancellationToken ct)
    {
        var period = filter with { Service = null, Status = TrajectoryStatus.All };
        var q = await queries.FilteredAsync(period, ct);
        var cells = await Tally.QueryAsync(q, t => new { t.TeamId, t.ServiceId, t.RegionId, t.OrganisationId }, ct);
        var organisations = await GroupLabels.LoadAsync(db, FigureLevel.Organisation, period, ct);
        var regions = await GroupLabels.LoadAsync(db, FigureLevel.Region, period, ct);
        var teams = await GroupLabels.LoadAsync(db, FigureLevel.Team, period, ct);
        var services = await GroupLabels.LoadAsync(db, FigureLevel.Service, period, ct);
        return [.. cells.Select(c => new FigureAtom(organisations.Of(c.Key.OrganisationId), regions.Of(c.Key.RegionId),
            teams.Of(c.Key.TeamId), services.Of(c.Key.ServiceId), c.Year, c.Tally))];
    }

    /// <summary>
    /// The patterns for a viewer who sees aggregates only; null (nothing more hidden) for everyone else.
    /// Patterns depend on nothing but the atoms, so they are kept for atoms that are exactly the same
    /// (the page and its three downloads weigh the same cells once); any changed count is a new key.
    /// </summary>
    public static async Task<SideBySide?> SideBySideAsync(ZichtDb db, FigureQueries queries, FigureFilter filter, int? minimum, CancellationToken ct)
    {
        if (minimum is not { } k)
        {
            return null;
        }
        var atoms = await LoadAsync(db, queries, filter, ct);
        var key = Key(atoms, k);
        if (Recent.TryGetValue(key, out var known))
        {
            return known;
        }
        if (Recent.Count >= 32)
        {
            Recent.Clear();
        }
        return Recent[key] = new SideBySide(atoms, k);
    }

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SideBySide> Recent = new();

    private static string Key(List<FigureAtom> atoms, int minimum)
    {
        var text = new System.Text.StringBuilder().Append(minimum);
        foreach (var a in atoms.OrderBy(a => (a.Organisation, a.Region, a.Team, a.Service, a.Year)))
        {
            var t = a.Tally;
            var b = t.Breadth;
            text.Append('|').AppendJoin('\u001f', a.Organisation, a.Region, a.Team, a.Service, a.Year)
                .Append(':').AppendJoin(',', [b.Trajectories, b.Closed, b.StartedInPlanB, b.PlanBNetwork, b.PlanBResidential,
                    b.Placements, b.PlacementsInNetwork, t.CrisisBefore, t.CrisisAfter, .. b.Dated]);
        }
        return Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
    }
}
