using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.SafetyPlans;

/// <summary>Monitoring log, reviews and the shared loading of the safety-plan page.</summary>
public partial class IndexModel
{
    public async Task<IActionResult> OnPostMonitorAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "MonitoringEntry"))
        {
            return NotFound();
        }
        CheckDate("Monitoring.On", Monitoring.On);
        if (Monitoring.RuleId is { } ruleId && !await Db.Set<SafetyPlanRule>().AnyAsync(r => r.Id == ruleId && r.CaseId == id))
        {
            ModelState.AddModelError("Monitoring.RuleId", T["Choose a rule of this plan."]);
        }
        if (!Valid(nameof(Monitoring)))
        {
            return await RedisplayAsync();
        }
        Db.Add(new MonitoringEntry { CaseId = id, RuleId = Monitoring.RuleId!.Value, On = Monitoring.On!.Value, Kept = Monitoring.Kept, Note = Monitoring.Note });
        if (!await SaveAsync(T["Someone else changed the safety plan. Try again."]))
        {
            return await RedisplayAsync();
        }
        TempData["Flash"] = T["Monitoring entry saved."].Value;
        return Redirect($"/dossiers/{id}/veiligheidsplan#monitoring");
    }

    public async Task<IActionResult> OnPostDeleteMonitoringAsync(Guid id, Guid entryId)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "MonitoringEntry"))
        {
            return NotFound();
        }
        var entry = await Db.Set<MonitoringEntry>().FirstOrDefaultAsync(m => m.Id == entryId && m.CaseId == id);
        if (entry is null)
        {
            return NotFound();
        }
        Db.Remove(entry);
        if (!await SaveAsync(T["Someone else changed the safety plan. Try again."]))
        {
            return await RedisplayAsync();
        }
        return Redirect($"/dossiers/{id}/veiligheidsplan#monitoring");
    }

    public async Task<IActionResult> OnPostAddReviewAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "SafetyPlanReview"))
        {
            return NotFound();
        }
        if (!Valid(nameof(Review)))
        {
            return await RedisplayAsync();
        }
        Db.Add(new SafetyPlanReview { CaseId = id, PlannedOn = Review.PlannedOn!.Value, Note = Review.Note });
        if (!await SaveAsync(T["Someone else changed the safety plan. Try again."]))
        {
            return await RedisplayAsync();
        }
        return Redirect($"/dossiers/{id}/veiligheidsplan#reviews");
    }

    private async Task<SafetyPlan> PlanAsync(Guid caseId) =>
        await Db.Set<SafetyPlan>().FirstOrDefaultAsync(p => p.CaseId == caseId)
        ?? Db.Add(new SafetyPlan { CaseId = caseId }).Entity;

    /// <summary>Each form posts one input group; the other groups must not fail validation.</summary>
    private bool Valid(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => k.Length > 0 && !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
        return ModelState.IsValid;
    }

    private async Task<IActionResult> RedisplayAsync(bool keepSettings = false)
    {
        await LoadAsync(fillSettings: !keepSettings);
        return Page();
    }

    private async Task LoadAsync(bool fillSettings)
    {
        var id = Case.Id;
        Plan = await Db.Set<SafetyPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.CaseId == id);
        if (fillSettings && Plan is not null)
        {
            Settings = new PlanSettingsInput { Version = Plan.Version, StartedInPlanB = Plan.StartedInPlanB, PlanB = Plan.PlanB, PlanBNote = Plan.PlanBNote };
        }
        else if (Plan is not null)
        {
            // After a conflict the form posts the newer version, so a second save is a deliberate overwrite.
            Settings.Version = Plan.Version;
            ModelState.Remove("Settings.Version");
        }
        Rules = await Db.Set<SafetyPlanRule>().AsNoTracking().Where(r => r.CaseId == id && !r.Retired).OrderBy(r => r.Order).ToListAsync();
        Versions = await Db.Set<SafetyPlanVersion>().AsNoTracking().Where(v => v.CaseId == id).OrderByDescending(v => v.Number).ToListAsync();
        Log = await Db.Set<MonitoringEntry>().AsNoTracking().Where(m => m.CaseId == id).OrderByDescending(m => m.On).Take(200).ToListAsync();
        Reviews = await Db.Set<SafetyPlanReview>().AsNoTracking().Where(r => r.CaseId == id).OrderBy(r => r.PlannedOn).ToListAsync();
    }
}
