using System.Security.Claims;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.CaseAudits;

/// <summary>
/// Who reaches which audit page (Policies.CaseAudits, Policies.CaseAuditFigures). The pages answer 404
/// rather than "forbidden", like a case one may not open (decision 002).
/// </summary>
public static class AuditMenu
{
    public static bool SeesOwn(ClaimsPrincipal user) => user.Allows(Policies.CaseAudits);

    public static bool SeesAggregates(ClaimsPrincipal user) => user.Allows(Policies.CaseAuditFigures);

    /// <summary>Team leads see their teams; the regional and division roles choose team, region or division.</summary>
    public static bool SeesAllTeams(ClaimsPrincipal user) => user.IsInRole(Roles.RegionalStaff) || user.IsInRole(Roles.RegionalManager) || user.IsInRole(Roles.Policy);
}
