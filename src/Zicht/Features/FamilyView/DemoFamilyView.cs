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
            .Where(s => s.CaseId == caseId && FamilyViews.Shown.Contains(s.Section) && s.SaidBy != Speaker.Child).Select(s => s.Id).ToListAsync(ct);
        var link = new FamilyViewLink
        {
            CaseId = caseId,
            ForWhom = "mama Sarah",
            TokenHash = InvitationToken.Hash(DemoToken),
            CreatedAt = DateTime.UtcNow.AddDays(-5),
            CreatedByName = "demo",
            ExpiresAt = DateTime.UtcNow.AddDays(60),
            IncludesSafetyPlan = await db.Set<SafetyPlanVersion>().IgnoreQueryFilters().AnyAsync(v => v.CaseId == caseId, ct),
        };
        link.Items.AddRange(statements.Select(id => new FamilyViewItem { CaseId = caseId, StatementId = id }));
        db.Add(link);
        await db.SaveChangesAsync(ct);
    }
}
