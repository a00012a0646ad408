using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.CoreData;
using Zicht.Features.Network;
using Zicht.Features.SafetyPlans;
using Zicht.Features.Trajectories;
using Zicht.Kernel;

namespace Zicht.Features.PracticeSteps;

/// <summary>
/// Keeps a live case's one Trajectory row (the row every dashboard reads) equal to what its records
/// say. Call after every save that changes casework or the case's registration; it is idempotent.
/// </summary>
public sealed class CaseTrajectorySync(ZichtDb db)
{
    public async Task SyncAsync(Guid caseId, CancellationToken ct = default)
    {
        var c = await db.Cases.IgnoreQueryFilters().AsNoTracking()
            .Where(x => x.Id == caseId)
            .Select(x => new { x.Reference, x.OrganisationId, x.ServiceId, x.TeamId, x.Team!.RegionId, x.ResponsibleWorker!.StaffCode, x.ReferralDate, x.ClosedOn, x.ClosureReason })
            .FirstOrDefaultAsync(ct);
        if (c is null)
        {
            return; // deleted: the row goes with the case (cascade)
        }
        var row = await db.Set<Trajectory>().FirstOrDefaultAsync(t => t.CaseId == caseId, ct);
        row ??= db.Set<Trajectory>().Add(new Trajectory { CaseId = caseId, CaseRef = c.Reference }).Entity;
        row.CaseRef = c.Reference;
        row.OrganisationId = c.OrganisationId;
        row.ServiceId = c.ServiceId;
        row.RegionId = c.RegionId;
        row.TeamId = c.TeamId;
        row.Worker = c.StaffCode;
        row.OpenedOn = c.ReferralDate;
        row.ClosedOn = c.ClosedOn;
        row.ClosureReason = c.ClosureReason;

        var (records, facts) = await CaseRecordsLoader.LoadWithRowFactsAsync(db, caseId, ct);
        row.ChildBirthDate = facts.ChildBirthDate;
        row.NetworkMembers = facts.NetworkMembers;
        row.NetworkMeetings = facts.NetworkMeetings;
        row.StartedInPlanB = facts.StartedInPlanB;
        row.PlanB = facts.PlanB;
        row.AdultSafetyPlanOn = facts.AdultSafetyPlanOn;
        row.ChildSafetyPlanOn = facts.ChildSafetyPlanOn;
        row.Placement = facts.Placement;
        // Windows as the exchange format defines them: 12 months before opening, 12 months after closure.
        row.CrisisBefore = facts.Crises.Count(d => d < c.ReferralDate && d >= c.ReferralDate.AddMonths(-12));
        row.CrisisAfter = c.ClosedOn is { } closed ? facts.Crises.Count(d => d > closed && d <= closed.AddMonths(12)) : null;

        var steps = StepDerivation.Derive(records);
        foreach (var step in StepCatalog.All)
        {
            row.SetStep(step, steps.TryGetValue(step, out var d) ? d.On : null);
        }
        if (db.Entry(row).State != EntityState.Unchanged)
        {
            row.UpdatedAt = DateTime.UtcNow;
        }
        await db.SaveChangesAsync(ct);
    }
}
