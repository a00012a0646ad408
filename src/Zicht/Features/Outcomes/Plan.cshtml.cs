using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.Outcomes;

/// <summary>An objective as the plan shows it: its indicators with today's figure, and its reviews, latest first.</summary>
public sealed record ObjectiveView(OrganisationObjective Objective, List<OutcomeCell> Indicators, List<ObjectiveReview> Reviews);

/// <summary>A team's themes of one year with their reflections.</summary>
public sealed record TeamYearView(string Team, int Year, List<(string Theme, TeamThemeChoice Choice)> Choices);

/// <summary>
/// The implementation plan, readable by every staff member (only half of the caseworkers knew it,
/// 001:5141–5146): objectives with target dates, the figures bound to them and their reviews; the
/// growth themes; each team's yearly choice with dated reflections.
/// </summary>
[Authorize(Policy = Policies.ImplementationPlan)]
public class PlanModel(ZichtDb db, RequestContext context, OutcomeFigures figures, IOptions<ZichtOptions> options) : PageModel
{
    public List<ObjectiveView> Objectives { get; private set; } = [];
    public List<GrowthTheme> Themes { get; private set; } = [];
    public List<TeamYearView> Teams { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await OutcomeTable.EnsureAsync(db, ct);
        var organisationId = await OutcomeTableModel.OrganisationOfAsync(db, context, ct);
        var indicators = await db.Set<OutcomeIndicator>().AsNoTracking().ToDictionaryAsync(i => i.Id, ct);
        var whole = await figures.WholeOrganisationAsync(organisationId, options.Value.MinimumGroupSize, ct);
        foreach (var objective in await db.Set<OrganisationObjective>().AsNoTracking().Include(o => o.Reviews).OrderBy(o => o.TargetDate).ThenBy(o => o.Text).ToListAsync(ct))
        {
            var cells = new List<OutcomeCell>();
            foreach (var id in objective.Indicators.Where(indicators.ContainsKey))
            {
                cells.Add(new(indicators[id], await figures.ReadAsync(indicators[id].FigureCode, whole, ct)));
            }
            Objectives.Add(new(objective, cells, [.. objective.Reviews.OrderByDescending(r => r.ReviewedOn)]));
        }
        Themes = await db.Set<GrowthTheme>().AsNoTracking().OrderBy(t => t.Position).ThenBy(t => t.Name).ToListAsync(ct);
        var themeNames = Themes.ToDictionary(t => t.Id, t => t.Name);
        var teamNames = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var choices = await db.Set<TeamThemeChoice>().AsNoTracking().Include(c => c.Reflections).ToListAsync(ct);
        // Teams by name, years newest first: a list to read, never a ranking.
        Teams = [.. choices.GroupBy(c => (Team: teamNames.GetValueOrDefault(c.TeamId, "?"), c.Year))
            .OrderBy(g => g.Key.Team, StringComparer.CurrentCulture).ThenByDescending(g => g.Key.Year)
            .Select(g => new TeamYearView(g.Key.Team, g.Key.Year, [.. g.Select(c => (themeNames.GetValueOrDefault(c.GrowthThemeId, "?"), c)).OrderBy(x => x.Item1)]))];
        return Page();
    }
}
