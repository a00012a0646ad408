using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Dashboard;
using Zicht.Features.Trajectories;

namespace Zicht.Features.Outcomes;

/// <summary>
/// The trajectories a fidelity comparison covers, read once with every dated indicator and the
/// outcomes the core data already hold: placement (the trajectory's placement column) and
/// re-referral within 12 months (a later case reopening it, as <see cref="ReReferrals"/> defines it:
/// only Zicht's own closed cases whose 12 months have passed). Trajectories opened less than the
/// window ago are left out: whether their step comes "early" is not known yet.
/// </summary>
public sealed class FidelityQueries(ZichtDb db, FigureQueries queries, TimeProvider clock)
{
    public Task<List<FidelityCase>> CasesAsync(FigureFilter filter, double windowMonths, DateOnly today, CancellationToken ct) =>
        CasesAsync(filter, today.AddDays(-(int)Math.Ceiling(windowMonths * Months.DaysPerMonth)), ct);

    /// <summary>The trajectories opened on or before <paramref name="settledBy"/>, each with the groups it belongs to.</summary>
    public async Task<List<FidelityCase>> CasesAsync(FigureFilter filter, DateOnly settledBy, CancellationToken ct)
    {
        var q = await queries.FilteredAsync(filter with { Status = TrajectoryStatus.All }, ct);
        var cutoff = DateOnly.FromDateTime(clock.GetLocalNow().DateTime).AddDays(-ReReferrals.WindowDays);
        // Aggregates only: which cases the viewer may open must not change a figure (as ReReferrals).
        var rows = await q.IgnoreQueryFilters().Where(t => t.OpenedOn <= settledBy).SelectExpanded(t => new
        {
            t.OrganisationId,
            t.RegionId,
            t.TeamId,
            t.ServiceId,
            t.OpenedOn,
            Dates = StepQueries.Dates(t),
            t.Placement,
            Observed = t.CaseId != null && t.ClosedOn != null && t.ClosedOn <= cutoff,
            ReReferred = db.Cases.Any(c => c.ReopensCaseId == t.CaseId
                && c.ReferralDate >= t.ClosedOn!.Value && c.ReferralDate <= t.ClosedOn!.Value.AddDays(ReReferrals.WindowDays)),
        }).ToListAsync(ct);
        return [.. rows.Select(r => new FidelityCase(r.OpenedOn, r.Dates,
            r.Placement is null ? null : r.Placement != Placement.None,
            r.Placement is null ? null : r.Placement is Placement.FamilyNetwork or Placement.SocialNetwork,
            r.Observed ? r.ReReferred : null)
        { Group = new FidelityGroup(r.OrganisationId, r.RegionId, r.TeamId, r.ServiceId) })];
    }
}
