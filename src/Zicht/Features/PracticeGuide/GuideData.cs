using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.ProcessTeams;
using Zicht.Features.Trajectories;
using Zicht.Kernel;

namespace Zicht.Features.PracticeGuide;

/// <summary>Loads the guide and the facts its rules read: the steps from the cases' trajectory rows, process teams from their records.</summary>
public static class GuideData
{
    /// <summary>The version in force: the highest published number; null before the first.</summary>
    public static Task<GuideVersion?> CurrentAsync(ZichtDb db, CancellationToken ct) =>
        db.Set<GuideVersion>().AsNoTracking().Include(v => v.Expectations).OrderByDescending(v => v.Number).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Facts per case. <paramref name="asAggregate"/> reads past the case filter (for figures shown to aggregate-only
    /// viewers, suppressed by the caller); otherwise only cases the actor may open are read.
    /// </summary>
    public static async Task<Dictionary<Guid, CaseFacts>> FactsAsync(ZichtDb db, IReadOnlyCollection<Guid> caseIds, bool asAggregate, CancellationToken ct)
    {
        var ids = caseIds.ToList();
        var cases = asAggregate ? db.Cases.IgnoreQueryFilters() : db.Cases;
        var meetings = asAggregate ? db.Set<ProcessTeamMeeting>().IgnoreQueryFilters() : db.Set<ProcessTeamMeeting>();
        var phases = await cases.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.Phase, c.ClosedOn }).ToListAsync(ct);
        var rows = await db.Set<Trajectory>().AsNoTracking().Where(t => t.CaseId != null && ids.Contains(t.CaseId.Value)).ToListAsync(ct);
        var teams = (await meetings.AsNoTracking().Where(m => ids.Contains(m.CaseId)).Select(m => new { m.CaseId, m.HeldOn }).ToListAsync(ct))
            .ToLookup(m => m.CaseId, m => m.HeldOn);
        var byCase = rows.GroupBy(r => r.CaseId!.Value).ToDictionary(g => g.Key, g => g.First());
        return phases.ToDictionary(c => c.Id, c =>
        {
            var steps = new Dictionary<PracticeStep, DateOnly>();
            if (byCase.TryGetValue(c.Id, out var row))
            {
                foreach (var step in StepCatalog.All)
                {
                    if (row.StepOn(step) is { } on)
                    {
                        steps[step] = on;
                    }
                }
            }
            return new CaseFacts(c.ClosedOn is null ? c.Phase : CasePhase.Closed, steps, teams[c.Id].ToList());
        });
    }
}
