using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Dashboard;

namespace Zicht.Features.Outcomes;

/// <summary>
/// Whom the outcome table reads its figures for: the reader's organisation, one region or one of the
/// organisation's teams. A region is the dashboards' region (every team in it), so a figure here is the
/// same figure the dashboards show for that row.
/// </summary>
public sealed record OutcomeScope(FigureLevel Level, Guid Id, string Name)
{
    /// <summary>The value in the query string: <c>organisation</c>, <c>region-ID</c> or <c>team-ID</c>.</summary>
    public string Code => Level == FigureLevel.Organisation ? "organisation" : $"{FigureLevels.Code(Level)}-{Id:N}";
}

/// <summary>The organisation and the regions and teams it can be narrowed to: what each figure family needs to protect its cells together.</summary>
public sealed record OutcomeTree(OutcomeScope Organisation, IReadOnlyList<OutcomeScope> Regions, IReadOnlyList<OutcomeScope> Teams,
    IReadOnlyDictionary<Guid, Guid> RegionOfTeam)
{
    public IEnumerable<OutcomeScope> All => [Organisation, .. Regions, .. Teams];

    public OutcomeScope Find(string? code) => All.FirstOrDefault(s => s.Code == code) ?? Organisation;

    /// <summary>The teams a scope covers: the organisation's teams, a region's teams (of any organisation), one team.</summary>
    public IReadOnlyCollection<Guid> TeamsOf(OutcomeScope scope) => scope.Level switch
    {
        FigureLevel.Organisation => [.. Teams.Select(t => t.Id)],
        FigureLevel.Region => [.. RegionOfTeam.Where(t => t.Value == scope.Id).Select(t => t.Key)],
        _ => [scope.Id],
    };

    public static async Task<OutcomeTree> LoadAsync(ZichtDb db, Guid organisationId, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.Name).FirstAsync(ct);
        var teams = await db.Teams.AsNoTracking().Select(t => new { t.Id, t.RegionId, t.Service!.OrganisationId }).ToListAsync(ct);
        var own = teams.Where(t => t.OrganisationId == organisationId).ToList();
        var regionIds = own.Select(t => t.RegionId).Distinct().ToList();
        var regions = await db.Regions.AsNoTracking().Where(r => regionIds.Contains(r.Id)).Select(r => new { r.Id, r.Name }).ToListAsync(ct);
        var labels = await Kernel.TeamLabels.OrderedAsync(db, db.Teams.Where(t => t.Service!.OrganisationId == organisationId), ct);
        return new OutcomeTree(new OutcomeScope(FigureLevel.Organisation, organisationId, organisation),
            [.. regions.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => new OutcomeScope(FigureLevel.Region, r.Id, r.Name))],
            [.. labels.Select(t => new OutcomeScope(FigureLevel.Team, t.Id, t.Label))],
            teams.Where(t => regionIds.Contains(t.RegionId)).ToDictionary(t => t.Id, t => t.RegionId));
    }
}
