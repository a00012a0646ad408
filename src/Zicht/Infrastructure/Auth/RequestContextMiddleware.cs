using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Infrastructure.Auth;

/// <summary>Fills the per-request <see cref="RequestContext"/> (actor and case scope) from the signed-in staff member.</summary>
internal sealed class RequestContextMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, RequestContext context, ZichtDb db)
    {
        var user = http.User;
        context.ClientAddress = http.Connection.RemoteIpAddress?.ToString();
        if (user.Identity?.IsAuthenticated == true && Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var staffId))
        {
            context.StaffId = staffId;
            context.ActorName = user.Identity.Name ?? staffId.ToString();
            context.Scope = await BuildScopeAsync(db, user, staffId, http.RequestAborted);
        }
        await next(http);
    }

    public static async Task<CaseScope> BuildScopeAsync(ZichtDb db, ClaimsPrincipal user, Guid staffId, CancellationToken ct)
    {
        var seesTeamCases = Roles.CaseTeamRoles.Any(user.IsInRole);
        var seesPartnered = user.IsInRole(Roles.ContextWorker);
        if (!seesTeamCases && !seesPartnered)
        {
            return new CaseScope { StaffId = staffId };
        }
        // One query for both (UNION ALL): this runs on every request of a case worker.
        var rows = await db.Users.AsNoTracking().Where(u => u.Id == staffId)
            .Select(u => new { u.OrganisationId, TeamId = (Guid?)null, IsLead = false })
            .Concat(db.TeamMemberships.AsNoTracking().Where(m => m.StaffId == staffId)
                .Select(m => new { OrganisationId = Guid.Empty, TeamId = (Guid?)m.TeamId, m.IsLead }))
            .ToListAsync(ct);
        var memberships = rows.Where(r => r.TeamId is not null).Select(r => new { TeamId = r.TeamId!.Value, r.IsLead }).ToList();
        var organisationId = rows.Where(r => r.TeamId is null).Select(r => r.OrganisationId).FirstOrDefault();
        return new CaseScope
        {
            StaffId = staffId,
            SeesTeamCases = seesTeamCases,
            TeamIds = seesTeamCases ? memberships.Select(m => m.TeamId).ToList() : [],
            LeadTeamIds = user.IsInRole(Roles.TeamLead) ? memberships.Where(m => m.IsLead).Select(m => m.TeamId).ToList() : [],
            SeesPartneredCases = seesPartnered,
            OrganisationId = organisationId,
        };
    }
}
