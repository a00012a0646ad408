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

        var people = db.Set<CasePerson>().IgnoreQueryFilters().Where(p => p.CaseId == caseId);
        row.ChildBirthDate = await people.Where(p => p.Role == PersonRole.Minor && p.BirthDate != null).MinAsync(p => p.BirthDate, ct);
        row.NetworkMembers = await people.CountAsync(p => p.Role == PersonRole.NetworkMember, ct);
        row.NetworkMeetings = await db.Set<NetworkMeeting>().IgnoreQueryFilters().CountAsync(m => m.CaseId == caseId, ct);

        await SyncPlanAsync(row, caseId, ct);
        await SyncCoreDataAsync(row, caseId, c.ReferralDate, c.ClosedOn, ct);

        var steps = StepDerivation.Derive(await CaseRecordsLoader.LoadAsync(db, caseId, ct));
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

    private async Task SyncPlanAsync(Trajectory row, Guid caseId, CancellationToken ct)
    {
        var plan = await db.Set<SafetyPlan>().IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.CaseId == caseId).Select(p => new { p.StartedInPlanB, p.PlanB }).FirstOrDefaultAsync(ct);
        row.StartedInPlanB = plan?.StartedInPlanB ?? false;
        row.PlanB = plan?.PlanB ?? PlanB.None;
        var versions = db.Set<SafetyPlanVersion>().IgnoreQueryFilters().Where(v => v.CaseId == caseId);
        row.AdultSafetyPlanOn = await versions.Where(v => v.Audience == PlanAudience.Adult).MinAsync(v => (DateOnly?)v.AgreedOn, ct);
        row.ChildSafetyPlanOn = await versions.Where(v => v.Audience == PlanAudience.Child).MinAsync(v => (DateOnly?)v.AgreedOn, ct);
    }

    private async Task SyncCoreDataAsync(Trajectory row, Guid caseId, DateOnly openedOn, DateOnly? closedOn, CancellationToken ct)
    {
        // The format has one placement column: the most recent placement's type stands for the trajectory.
        var latest = await db.Set<OutOfHomePlacement>().IgnoreQueryFilters().Where(p => p.CaseId == caseId)
            .OrderByDescending(p => p.StartOn).Select(p => (Placement?)p.Type).FirstOrDefaultAsync(ct);
        row.Placement = latest ?? Placement.None;
        var crises = await db.Set<CrisisIntervention>().IgnoreQueryFilters().Where(x => x.CaseId == caseId).Select(x => x.On).ToListAsync(ct);
        // Windows as the exchange format defines them: 12 months before opening, 12 months after closure.
        row.CrisisBefore = crises.Count(d => d < openedOn && d >= openedOn.AddMonths(-12));
        row.CrisisAfter = closedOn is { } closed ? crises.Count(d => d > closed && d <= closed.AddMonths(12)) : null;
    }
}
