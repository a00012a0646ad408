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

/// <summary>Pure access rules (unit-tested), and the loader every case page uses.</summary>
public sealed class CaseAccess(ZichtDb db, RequestContext context)
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

    public bool Allows(Case c, CaseOperation operation) => Allows(context.Scope, FactsOf(c), operation);

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
        if (found is null || !Allows(found, operation))
        {
            return null;
        }
        db.RecordAudit(AuditActions.Read, what, caseId.ToString(), caseId);
        await db.SaveChangesAsync(ct);
        return found;
    }
}
