using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Features.CaseAudits;

/// <summary>Who can be the worker and who the reviewer of an audit of a case.</summary>
public static class AuditPeople
{
    /// <summary>Roles that may review (spec §1.2 PROPOSAL): team lead by default, group coordinator, regional staff, a fellow caseworker (Policies.CaseAudits).</summary>
    public static IReadOnlyList<string> ReviewerRoles => Policies.Of(Policies.CaseAudits).Roles;

    public sealed record Person(Guid Id, string Name);

    /// <summary>The worker is the case's responsible worker or a co-worker.</summary>
    public static async Task<List<Person>> WorkersAsync(ZichtDb db, Case c, CancellationToken ct)
    {
        var ids = c.Assignments.Select(a => a.StaffId).Append(c.ResponsibleWorkerId).ToList();
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.IsActive).OrderBy(u => u.DisplayName)
            .Select(u => new Person(u.Id, u.DisplayName)).ToListAsync(ct);
    }

    /// <summary>
    /// Staff in a reviewer role who may read the case under the ordinary case rules (CaseAccess.Allows with
    /// the scope they would have when signed in). Both participants need access to the case.
    /// </summary>
    public static async Task<List<Person>> ReviewersAsync(ZichtDb db, Case c, CancellationToken ct)
    {
        var facts = CaseAccess.FactsOf(c);
        var near = await db.TeamMemberships.AsNoTracking().Where(m => m.TeamId == c.TeamId).Select(m => m.StaffId).ToListAsync(ct);
        var ids = near.Concat(facts.CoWorkerIds).Append(c.ResponsibleWorkerId).Distinct().ToList();
        var roleRows = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ids.Contains(ur.UserId) select new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var memberships = await db.TeamMemberships.AsNoTracking().Where(m => ids.Contains(m.StaffId)).Select(m => new { m.StaffId, m.TeamId, m.IsLead }).ToListAsync(ct);
        var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.IsActive).OrderBy(u => u.DisplayName).ToListAsync(ct);
        return users.Where(u =>
        {
            var roles = roleRows.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList();
            var teamRoles = roles.Any(Roles.CaseTeamRoles.Contains);
            var scope = new CaseScope
            {
                StaffId = u.Id,
                SeesTeamCases = teamRoles,
                TeamIds = teamRoles ? memberships.Where(m => m.StaffId == u.Id).Select(m => m.TeamId).ToList() : [],
                OrganisationId = u.OrganisationId,
            };
            return roles.Any(ReviewerRoles.Contains) && CaseAccess.Allows(scope, facts, CaseOperation.Read);
        }).Select(u => new Person(u.Id, u.DisplayName)).ToList();
    }
}
