using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.CaseAudits;

/// <summary>
/// Audits together, for team leads (their teams), regions and the division: per principle the
/// distributions of worker scores, reviewer scores and the gap, rater agreement, and the learning themes
/// over time. Never an audit, a worker or a ranking; every figure passes <see cref="AuditAggregates"/>.
/// </summary>
public class OverviewModel(AuditServices services, AuditFigures figures, IOptions<ZichtOptions> options) : PageModel
{
    public const string Team = "team", Region = "region", Division = "division";

    [BindProperty(SupportsGet = true)] public string? Level { get; set; }
    public bool ChoosesLevel { get; private set; }
    public int Minimum => options.Value.MinimumGroupSize;
    public (int Min, int Max) Scale { get; private set; }
    public IReadOnlyList<string> Principles { get; private set; } = [];
    public AuditTemplate Template { get; private set; } = null!;
    public string TitleOf(string code) => Template.Principles.FirstOrDefault(p => p.Code == code)?.Title.Current ?? services.T["All principles"];
    public List<GroupFigures> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!AuditMenu.SeesAggregates(User))
        {
            return NotFound();
        }
        var db = services.Db;
        ChoosesLevel = AuditMenu.SeesAllTeams(User);
        Level = ChoosesLevel && Level is Region or Division ? Level : Team;
        var teamIds = ChoosesLevel ? null : services.Context.Scope.LeadTeamIds;
        var teams = await db.Teams.AsNoTracking().Where(t => teamIds == null || teamIds.Contains(t.Id))
            .Select(t => new { t.Id, t.Name, Region = t.Region!.Name }).ToListAsync(ct);
        var (_, current) = await services.Templates.CurrentAsync(ct);
        Template = current;
        Principles = current.Principles.Select(p => p.Code).ToList();
        Scale = await figures.ScaleAsync(services.Templates, ct);
        var audits = await figures.ScoredAsync(null, null, teamIds, ct);
        var conversations = await figures.ClosedConversationsAsync(teamIds, ct);
        Func<Guid, string> groupOf = Level switch
        {
            Division => _ => services.T["All teams"],
            Region => id => teams.FirstOrDefault(t => t.Id == id)?.Region ?? "?",
            _ => id => teams.FirstOrDefault(t => t.Id == id)?.Name ?? "?",
        };
        var names = Level == Team && !ChoosesLevel ? teams.Select(t => t.Name) : audits.Select(a => groupOf(a.TeamId)).Concat(conversations.Select(c => groupOf(c.TeamId)));
        Groups = names.Distinct().Order(StringComparer.CurrentCulture).Select(name => AuditAggregates.Build(name,
            audits.Where(a => groupOf(a.TeamId) == name).ToList(), conversations.Where(c => groupOf(c.TeamId) == name).ToList(),
            Principles, Scale.Min, Scale.Max, Minimum)).ToList();
        db.RecordAudit(AuditActions.Read, "CaseAuditAggregates", Level, null);
        return Page();
    }
}
