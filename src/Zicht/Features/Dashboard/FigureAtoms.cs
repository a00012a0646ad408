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

    /// <summary>The patterns for a viewer who sees aggregates only; null (nothing more hidden) for everyone else.</summary>
    public static async Task<SideBySide?> SideBySideAsync(ZichtDb db, FigureQueries queries, FigureFilter filter, int? minimum, CancellationToken ct) =>
        minimum is { } k ? new SideBySide(await LoadAsync(db, queries, filter, ct), k) : null;
}
