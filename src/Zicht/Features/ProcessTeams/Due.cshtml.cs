using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.ProcessTeams;

/// <summary>
/// Per team: the open cases whose process team is overdue, longest overdue first. Lists only cases the
/// global query filter lets this user see, so it never reveals another team's cases.
/// </summary>
[Authorize(Policy = Policies.CaseWork)]
public class DueModel(ZichtDb db, RequestContext context, TimeProvider clock) : PageModel
{
    public sealed record DueCase(Guid CaseId, string Reference, string Team, DateOnly DueOn, int Held);

    public List<DueCase> Cases { get; private set; } = [];
    public DateOnly Today { get; private set; }

    public async Task OnGetAsync()
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var teams = context.Scope.TeamIds;
        var open = await db.Cases.AsNoTracking()
            .Where(c => c.ClosedOn == null && (context.Scope.Unrestricted || context.Scope.SeesPartneredCases || teams.Contains(c.TeamId)))
            .Select(c => new { c.Id, c.Reference, Team = c.Team!.Name, c.ReferralDate })
            .ToListAsync();
        var ids = open.Select(c => c.Id).ToList();
        var held = (await db.Set<ProcessTeamMeeting>().AsNoTracking().Where(m => ids.Contains(m.CaseId))
            .Select(m => new { m.CaseId, m.HeldOn }).ToListAsync()).ToLookup(m => m.CaseId, m => m.HeldOn);
        Cases = open.Select(c => new DueCase(c.Id, c.Reference, c.Team, ProcessTeamCadence.NextDue(c.ReferralDate, held[c.Id].ToList()), held[c.Id].Count()))
            .Where(c => c.DueOn < Today)
            .OrderBy(c => c.Team).ThenBy(c => c.DueOn).ToList();
    }
}
