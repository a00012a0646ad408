using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Kernel;

namespace Zicht.Infrastructure.Auth;

/// <summary>What one may do with a case.</summary>
public enum CaseOperation
{
    /// <summary>See the case and everything recorded in it.</summary>
    Read,
    /// <summary>Record work: people, mapping, scales, plans (caseworkers and partnered context workers).</summary>
    Record,
    /// <summary>Change the case's registration: service, dates, phase, closure.</summary>
    EditRegistration,
    /// <summary>Give the case another responsible worker or co-workers (team lead).</summary>
    Reassign,
}

/// <summary>The facts about a case that decide access.</summary>
public sealed record CaseAccessFacts(Guid TeamId, Guid ResponsibleWorkerId, IReadOnlyCollection<Guid> CoWorkerIds, IReadOnlyCollection<Guid> PartnerOrganisationIds);

/// <summary>What an operation on a case needs; decided per case by <see cref="CaseAuthorizationHandler"/>.</summary>
public sealed record CaseRequirement(CaseOperation Operation) : IAuthorizationRequirement;

/// <summary>
/// The resource-based handler for cases: the pure rule <see cref="CaseAccess.Allows(CaseScope, CaseAccessFacts, CaseOperation)"/>
/// applied to the actor's case scope. Registered once; every case decision in the web app goes through it.
/// </summary>
internal sealed class CaseAuthorizationHandler(RequestContext context) : AuthorizationHandler<CaseRequirement, Case>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext authorization, CaseRequirement requirement, Case resource)
    {
        if (CaseAccess.Allows(context.Scope, CaseAccess.FactsOf(resource), requirement.Operation))
        {
            authorization.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}

/// <summary>Pure access rules (unit-tested), and the loader every case page uses.</summary>
public sealed class CaseAccess(ZichtDb db, IAuthorizationService authorization, IHttpContextAccessor http)
{
    public static bool Allows(CaseScope scope, CaseAccessFacts c, CaseOperation operation)
    {
        if (scope.Unrestricted)
        {
            return true;
        }
        var ownTeamOrAssigned = scope.SeesTeamCases &&
            (scope.TeamIds.Contains(c.TeamId) || c.ResponsibleWorkerId == scope.StaffId || c.CoWorkerIds.Contains(scope.StaffId));
        var partnered = scope.SeesPartneredCases && c.PartnerOrganisationIds.Contains(scope.OrganisationId);
        return operation switch
        {
            CaseOperation.Read or CaseOperation.Record => ownTeamOrAssigned || partnered,
            CaseOperation.EditRegistration => ownTeamOrAssigned,
            CaseOperation.Reassign => scope.SeesTeamCases && scope.LeadTeamIds.Contains(c.TeamId),
            _ => false,
        };
    }

    /// <summary>Asks the authorization service (and so <see cref="CaseAuthorizationHandler"/>) whether the actor may do this.</summary>
    public async Task<bool> AllowsAsync(Case c, CaseOperation operation) =>
        (await authorization.AuthorizeAsync(http.HttpContext?.User ?? new ClaimsPrincipal(), c, new CaseRequirement(operation))).Succeeded;

    public static CaseAccessFacts FactsOf(Case c) => new(
        c.TeamId, c.ResponsibleWorkerId,
        c.Assignments.Select(a => a.StaffId).ToList(),
        c.Partnerships.Select(p => p.OrganisationId).ToList());

    /// <summary>
    /// Loads a case for an operation and records the read in the audit trail. Returns null both when the
    /// case does not exist and when the actor may not do this, so a refusal never reveals existence.
    /// </summary>
    public async Task<Case?> LoadAsync(Guid caseId, CaseOperation operation, string what, CancellationToken ct = default)
    {
        var found = await db.Cases
            .Include(c => c.Assignments)
            .Include(c => c.Partnerships)
            .FirstOrDefaultAsync(c => c.Id == caseId, ct);
        if (found is null || !await AllowsAsync(found, operation))
        {
            // Not linked to the case (it may not exist, or must not be revealed): the id and where from, for the security log.
            db.RecordAudit(AuditActions.Refused, what, caseId.ToString(), null, $"{operation}; from {db.Context.ClientAddress}");
            return null;
        }
        // Written with the action's own save, or when the page handler is done (PendingReadsAreWritten):
        // one transaction per user action, and never a read left unrecorded.
        db.RecordAudit(AuditActions.Read, what, caseId.ToString(), caseId);
        return found;
    }
}
