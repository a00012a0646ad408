using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Features.PracticeGuide;

/// <summary>One team, one expectation: of the open cases that reached its process step, how many meet it.</summary>
public sealed record TeamShare(Guid TeamId, string Team, MinimalExpectation Expectation, int Met, int Due, bool Hidden)
{
    public double? Percent => Hidden || Due == 0 ? null : Math.Round(100.0 * Met / Due, 0, MidpointRounding.AwayFromZero);
}

/// <summary>
/// The team page's figures: a conversation starter, not a score. Members of a team see their teams' figures as they
/// are (they may open every case behind them). Aggregate-only viewers see every team, and a figure over fewer open
/// cases than the minimum group size is hidden. No totals or per-worker figures are shown, so no hidden figure can
/// be worked out from shown ones (each figure is over its own team's cases only).
/// </summary>
public static class TeamShares
{
    public static async Task<List<TeamShare>> ComputeAsync(ZichtDb db, GuideVersion guide, IReadOnlyCollection<Guid>? teamIds, int? minimumGroupSize, CancellationToken ct)
    {
        var asAggregate = minimumGroupSize is not null;
        var cases = asAggregate ? db.Cases.IgnoreQueryFilters() : db.Cases;
        var teamFilter = teamIds?.ToList();
        var open = await cases.AsNoTracking().Where(c => c.ClosedOn == null && (teamFilter == null || teamFilter.Contains(c.TeamId)))
            .Select(c => new { c.Id, c.TeamId }).ToListAsync(ct);
        var teams = await db.Teams.AsNoTracking().Where(t => teamFilter == null || teamFilter.Contains(t.Id)).OrderBy(t => t.Name)
            .Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        var facts = await GuideData.FactsAsync(db, open.Select(c => c.Id).ToList(), asAggregate, ct);
        var readable = guide.Expectations.Where(GuideRules.Readable).OrderBy(e => e.Phase).ThenBy(e => e.Order).ToList();
        var shares = new List<TeamShare>();
        foreach (var team in teams)
        {
            var ofTeam = open.Where(c => c.TeamId == team.Id && facts.ContainsKey(c.Id)).Select(c => facts[c.Id]).ToList();
            foreach (var e in readable)
            {
                var checks = ofTeam.Select(f => GuideRules.Check(e, f)).Where(c => c.Due).ToList();
                var hidden = minimumGroupSize is { } min && checks.Count < min;
                shares.Add(new TeamShare(team.Id, team.Name, e, hidden ? 0 : checks.Count(c => c.Met == true), hidden ? 0 : checks.Count, hidden));
            }
        }
        return shares;
    }
}
