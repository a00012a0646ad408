using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.SafetyPlans;

/// <summary>Retiring a rule and marking a review as held.</summary>
public partial class IndexModel
{
    /// <summary>
    /// A rule that no longer applies is retired, not deleted: agreed versions and the monitoring log
    /// keep pointing at it. <paramref name="retire"/> is "rule id:version" from the button pressed.
    /// </summary>
    public async Task<IActionResult> OnPostRetireRuleAsync(Guid id, string? retire)
    {
        var parts = (retire ?? "").Split(':');
        if (parts.Length != 2 || !Guid.TryParse(parts[0], out var ruleId) || !int.TryParse(parts[1], out var version)
            || !await OpenAsync(id, CaseOperation.Record, "SafetyPlanRule"))
        {
            return NotFound();
        }
        var rule = await Db.Set<SafetyPlanRule>().FirstOrDefaultAsync(r => r.Id == ruleId && r.CaseId == id);
        if (rule is null)
        {
            return NotFound();
        }
        Db.Entry(rule).Property(r => r.Version).OriginalValue = version;
        rule.Retired = true;
        if (!await SaveAsync(T["Someone else changed this rule while you were looking at it. Nothing was changed."]))
        {
            return await RedisplayAsync();
        }
        return Redirect($"/dossiers/{id}/veiligheidsplan#rules");
    }

    public async Task<IActionResult> OnPostReviewHeldAsync(Guid id, Guid reviewId)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "SafetyPlanReview"))
        {
            return NotFound();
        }
        var review = await Db.Set<SafetyPlanReview>().FirstOrDefaultAsync(r => r.Id == reviewId && r.CaseId == id);
        if (review is null)
        {
            return NotFound();
        }
        review.HeldOn = Today;
        if (!await SaveAsync(T["Someone else changed the safety plan. Try again."]))
        {
            return await RedisplayAsync();
        }
        return Redirect($"/dossiers/{id}/veiligheidsplan#reviews");
    }
}
