using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Features.Sgog;

/// <summary>
/// The register's one door (decision 043). The actor opens the register of a provider only when all three
/// hold: the SgogOfficer role, being staff of that provider, and a naming as its officer that has not ended.
/// Everything else (other staff of the provider, the division, policy, the administrator, the privacy officer,
/// an officer whose naming ended) is answered as if the register did not exist.
/// </summary>
public sealed class SgogAccess(ZichtDb db, RequestContext context, IHttpContextAccessor http)
{
    private (bool Resolved, Guid? Provider) _cached;

    /// <summary>The pure rule, unit-tested.</summary>
    public static bool IsNamedOfficer(bool hasRole, Guid staffOrganisation, OrganisationKind kind, IEnumerable<SgogOfficer> namings, Guid staffId) =>
        hasRole && kind == OrganisationKind.Provider
        && namings.Any(n => n.StaffId == staffId && n.OrganisationId == staffOrganisation && n.EndedOn is null);

    /// <summary>The provider whose register the actor may open, or null. One query, once per request.</summary>
    public async Task<Guid?> ProviderAsync(CancellationToken ct = default)
    {
        if (_cached.Resolved)
        {
            return _cached.Provider;
        }
        var user = http.HttpContext?.User ?? new ClaimsPrincipal();
        Guid? provider = null;
        if (user.IsInRole(Roles.SgogOfficer) && context.StaffId is { } staffId)
        {
            var me = await db.Users.AsNoTracking().Where(u => u.Id == staffId && u.IsActive)
                .Select(u => new
                {
                    u.OrganisationId,
                    Kind = db.Organisations.Where(o => o.Id == u.OrganisationId).Select(o => o.Kind).First(),
                    Namings = db.Set<SgogOfficer>().Where(n => n.StaffId == staffId && n.OrganisationId == u.OrganisationId && n.EndedOn == null).ToList(),
                })
                .FirstOrDefaultAsync(ct);
            if (me is not null && IsNamedOfficer(true, me.OrganisationId, me.Kind, me.Namings, staffId))
            {
                provider = me.OrganisationId;
            }
        }
        _cached = (true, provider);
        return provider;
    }

    /// <summary>
    /// Loads an incident of the actor's provider and records the read; null both for "does not exist" and
    /// "not yours", so an address never confirms that an incident exists (decision 002).
    /// </summary>
    public async Task<SgogIncident?> IncidentAsync(Guid id, string what, CancellationToken ct = default)
    {
        if (await ProviderAsync(ct) is not { } provider)
        {
            return null;
        }
        var incident = await db.Set<SgogIncident>().Include(i => i.People).Include(i => i.Escalations).Include(i => i.Report)
            .AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id && i.OrganisationId == provider, ct);
        if (incident is not null)
        {
            db.RecordAudit(AuditActions.Read, what, id.ToString(), caseId: null);
        }
        return incident;
    }
}
