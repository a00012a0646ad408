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
        var cells = await AtomCellsAsync(db, queries, period, fromCells: DurationCells.CanServe(FigureLevel.Team, period), ct);
        var organisations = await GroupLabels.LoadAsync(db, FigureLevel.Organisation, period, ct);
        var regions = await GroupLabels.LoadAsync(db, FigureLevel.Region, period, ct);
        var teams = await GroupLabels.LoadAsync(db, FigureLevel.Team, period, ct);
        var services = await GroupLabels.LoadAsync(db, FigureLevel.Service, period, ct);
        // In one fixed order, whichever way they were read: the suppression pattern must not depend on it.
        return [.. cells.Select(c => new FigureAtom(organisations.Of(c.Key.OrganisationId), regions.Of(c.Key.RegionId),
            teams.Of(c.Key.TeamId), services.Of(c.Key.ServiceId), c.Year, c.Tally))
            .OrderBy(a => a.Organisation, StringComparer.Ordinal).ThenBy(a => a.Region, StringComparer.Ordinal)
            .ThenBy(a => a.Team, StringComparer.Ordinal).ThenBy(a => a.Service, StringComparer.Ordinal).ThenBy(a => a.Year)];
    }

    internal sealed record AtomKey(Guid TeamId, Guid ServiceId, Guid RegionId, Guid OrganisationId);

    /// <summary>
    /// The atoms' tallies: from the stored figure cells when the period allows (their key is the atom's),
    /// else one GROUP BY over the trajectories. <paramref name="fromCells"/> false is the reference the tests use.
    /// </summary>
    internal static async Task<List<(AtomKey Key, int? Year, Tally Tally)>> AtomCellsAsync(ZichtDb db, FigureQueries queries, FigureFilter period,
        bool fromCells, CancellationToken ct)
    {
        if (!fromCells)
        {
            var q = await queries.FilteredAsync(period, ct);
            return [.. (await Tally.QueryAsync(q, t => new { t.TeamId, t.ServiceId, t.RegionId, t.OrganisationId }, ct))
                .Select(c => (new AtomKey(c.Key.TeamId, c.Key.ServiceId, c.Key.RegionId, c.Key.OrganisationId), c.Year, c.Tally))];
        }
        var sums = new Dictionary<(AtomKey, int?), Tally>();
        foreach (var (cell, _, tally) in await DurationCells.TalliesAsync(db, FigureLevel.Team, period, null, null, ct))
        {
            var key = (new AtomKey(cell.TeamId, cell.ServiceId, cell.RegionId, cell.OrganisationId), cell.ClosingYear);
            if (!sums.TryGetValue(key, out var sum))
            {
                sums[key] = sum = new Tally();
            }
            sum.Add(tally);
        }
        return [.. sums.Select(s => (s.Key.Item1, s.Key.Item2, s.Value))];
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
