using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.ChildVoice;
using Zicht.Features.Mapping;
using Zicht.Features.SafetyPlans;

namespace Zicht.Features.FamilyView;

/// <summary>
/// Freezing what a link shows: the released statements and child-voice records as they read now, and the
/// safety-plan version of now. Made when the link is made and again only when the worker releases again.
/// </summary>
public static class FamilyRelease
{
    /// <summary>
    /// The items for the released sources. A statement said by the child needs the worker's tick that the
    /// child agreed; a child-voice record is offered only when marked shared with the parents.
    /// </summary>
    public static async Task<List<FamilyViewItem>> ItemsAsync(ZichtDb db, Guid caseId, IReadOnlyCollection<Guid> statements,
        IReadOnlyCollection<Guid> childConsented, IReadOnlyCollection<Guid> childVoice, CancellationToken ct)
    {
        var said = await db.Set<MappingStatement>().AsNoTracking()
            .Where(s => s.CaseId == caseId && statements.Contains(s.Id) && FamilyViews.Shown.Contains(s.Section)).OrderBy(s => s.AddedAt).ToListAsync(ct);
        var items = said.Where(s => s.SaidBy != Speaker.Child || childConsented.Contains(s.Id))
            .Select(s => new FamilyViewItem { CaseId = caseId, SourceId = s.Id, Kind = FamilyItemKind.Statement, Heading = s.Section.ToString(), Text = s.Text, ChildConsented = s.SaidBy == Speaker.Child })
            .ToList();
        var drawn = await db.Set<ChildVoiceRecord>().AsNoTracking()
            .Where(r => r.CaseId == caseId && childVoice.Contains(r.Id) && r.SharedWithParents).OrderBy(r => r.RecordedOn).ToListAsync(ct);
        items.AddRange(drawn.Select(r => new FamilyViewItem { CaseId = caseId, SourceId = r.Id, Kind = FamilyItemKind.ChildVoice, Heading = r.Part.ToString(), Text = r.ChildWords, ChildConsented = true }));
        return items;
    }

    /// <summary>The adult safety-plan version a link made now shows, if any.</summary>
    public static Task<Guid?> LatestPlanAsync(ZichtDb db, Guid caseId, CancellationToken ct) =>
        db.Set<SafetyPlanVersion>().IgnoreQueryFilters().Where(v => v.CaseId == caseId && v.Audience == PlanAudience.Adult)
            .OrderByDescending(v => v.Number).Select(v => (Guid?)v.Id).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Releases the link's items again as they read now: reworded ones change, removed ones (and child-voice
    /// records no longer shared) go, the plan moves to its latest version. Updated in place (one row per source).
    /// </summary>
    public static async Task AgainAsync(ZichtDb db, FamilyViewLink link, DateTime now, CancellationToken ct)
    {
        var kept = link.Items.Where(i => i.ChildConsented && i.Kind == FamilyItemKind.Statement).Select(i => i.SourceId).ToList();
        var fresh = await ItemsAsync(db, link.CaseId,
            link.Items.Where(i => i.Kind == FamilyItemKind.Statement).Select(i => i.SourceId).ToList(), kept,
            link.Items.Where(i => i.Kind == FamilyItemKind.ChildVoice).Select(i => i.SourceId).ToList(), ct);
        var bySource = fresh.ToDictionary(i => i.SourceId);
        foreach (var item in link.Items.ToList())
        {
            if (bySource.TryGetValue(item.SourceId, out var current))
            {
                item.Heading = current.Heading;
                item.Text = current.Text;
            }
            else
            {
                db.Remove(item);
            }
        }
        if (link.IncludesSafetyPlan)
        {
            link.SafetyPlanVersionId = await LatestPlanAsync(db, link.CaseId, ct);
        }
        link.ReleasedAt = now;
    }
}
