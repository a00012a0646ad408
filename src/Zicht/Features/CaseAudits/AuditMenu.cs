using System.Security.Claims;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.CaseAudits;

/// <summary>Who reaches which audit page: participants their own audits; team leads, regions and the division the aggregates only.</summary>
public static class AuditMenu
{
    public static bool SeesOwn(ClaimsPrincipal user) => AuditPeople.ReviewerRoles.Any(user.IsInRole);

    public static readonly string[] AggregateRoles = [Roles.TeamLead, Roles.RegionalStaff, Roles.RegionalManager, Roles.Policy];

    public static bool SeesAggregates(ClaimsPrincipal user) => AggregateRoles.Any(user.IsInRole);

    /// <summary>Team leads see their teams; the regional and division roles choose team, region or division.</summary>
    public static bool SeesAllTeams(ClaimsPrincipal user) => user.IsInRole(Roles.RegionalStaff) || user.IsInRole(Roles.RegionalManager) || user.IsInRole(Roles.Policy);
}
