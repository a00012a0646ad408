using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Feedback;
using Zicht.Features.Mapping;
using Zicht.Features.SafetyPlans;

namespace Zicht.Features.FamilyView;

/// <summary>
/// A family-view link on a demo case, with a fixed code so a newcomer can open it: /gezin/{DemoToken}.
/// Only in the local demo (the seeder refuses elsewhere); real links get a random code shown once.
/// </summary>
public static class DemoFamilyView
{
    public const string DemoToken = "demo-gezinsweergave-van-mama-sarah-zicht-01";

    public static async Task SeedAsync(ZichtDb db, Guid caseId, CancellationToken ct)
    {
        var statements = await db.Set<MappingStatement>().IgnoreQueryFilters()
            .Where(s => s.CaseId == caseId && FamilyViews.Shown.Contains(s.Section) && s.SaidBy != Speaker.Child).OrderBy(s => s.AddedAt).ToListAsync(ct);
        var plan = await db.Set<SafetyPlanVersion>().IgnoreQueryFilters().Where(v => v.CaseId == caseId && v.Audience == PlanAudience.Adult)
            .OrderByDescending(v => v.Number).Select(v => (Guid?)v.Id).FirstOrDefaultAsync(ct);
        var link = new FamilyViewLink
        {
            CaseId = caseId,
            ForWhom = "mama Sarah",
            TokenHash = InvitationToken.Hash(DemoToken),
            CreatedAt = DateTime.UtcNow.AddDays(-5),
            CreatedByName = "demo",
            ExpiresAt = DateTime.UtcNow.AddDays(60),
            ReleasedAt = DateTime.UtcNow.AddDays(-5),
            IncludesSafetyPlan = plan is not null,
            SafetyPlanVersionId = plan,
        };
        link.Items.AddRange(statements.Select(s => new FamilyViewItem { CaseId = caseId, SourceId = s.Id, Kind = FamilyItemKind.Statement, Heading = s.Section.ToString(), Text = s.Text }));
        db.Add(link);
        await db.SaveChangesAsync(ct);
    }
}
