using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Casework;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.SafetyPlans;

/// <summary>The safety plan: rules, plan b, agreed versions (initial → final, adult and child), monitoring and reviews.</summary>
public partial class IndexModel(CaseworkServices services) : CaseworkPageModel(services)
{
    [BindProperty] public PlanSettingsInput Settings { get; set; } = new();
    [BindProperty] public RuleInput Rule { get; set; } = new();
    [BindProperty] public PlanVersionInput NewVersion { get; set; } = new();
    [BindProperty] public MonitoringInput Monitoring { get; set; } = new();
    [BindProperty] public ReviewInput Review { get; set; } = new();

    public SafetyPlan? Plan { get; private set; }
    public List<SafetyPlanRule> Rules { get; private set; } = [];
    public List<SafetyPlanVersion> Versions { get; private set; } = [];
    public List<MonitoringEntry> Log { get; private set; } = [];
    public List<SafetyPlanReview> Reviews { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Read, "SafetyPlan"))
        {
            return NotFound();
        }
        await LoadAsync(fillSettings: true);
        NewVersion.AgreedOn = Monitoring.On = Today;
        return Page();
    }

    public async Task<IActionResult> OnPostSettingsAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "SafetyPlan"))
        {
            return NotFound();
        }
        if (!Valid(nameof(Settings)))
        {
            return await RedisplayAsync();
        }
        var plan = await PlanAsync(id);
        if (Db.Entry(plan).State != EntityState.Added)
        {
            Db.Entry(plan).Property(p => p.Version).OriginalValue = Settings.Version;
        }
        plan.StartedInPlanB = Settings.StartedInPlanB;
        plan.PlanB = Settings.PlanB;
        plan.PlanBNote = Settings.PlanBNote;
        if (!await SaveAsync(T["Someone else saved the safety plan while you were editing. Your choices are still in the form; check the saved plan and save again."]))
        {
            return await RedisplayAsync(keepSettings: true);
        }
        TempData["Flash"] = T["Safety plan saved."].Value;
        return Redirect($"/dossiers/{id}/veiligheidsplan");
    }

    public async Task<IActionResult> OnPostAddRuleAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "SafetyPlan"))
        {
            return NotFound();
        }
        if (!Valid(nameof(Rule)))
        {
            return await RedisplayAsync();
        }
        var plan = await PlanAsync(id);
        var order = await Db.Set<SafetyPlanRule>().Where(r => r.SafetyPlanId == plan.Id).MaxAsync(r => (int?)r.Order) ?? 0;
        Db.Add(new SafetyPlanRule { CaseId = id, SafetyPlanId = plan.Id, Kind = Rule.Kind, Who = Rule.Who!.Trim(), What = Rule.What!.Trim(), When = Rule.When, Order = order + 1 });
        if (!await SaveAsync(T["Someone else changed the safety plan. Try again."]))
        {
            return await RedisplayAsync();
        }
        return Redirect($"/dossiers/{id}/veiligheidsplan#add-rule");
    }

    public async Task<IActionResult> OnPostSaveVersionAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "SafetyPlanVersion"))
        {
            return NotFound();
        }
        CheckDate("NewVersion.AgreedOn", NewVersion.AgreedOn);
        var plan = await Db.Set<SafetyPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.CaseId == id);
        var rules = plan is null ? [] : await Db.Set<SafetyPlanRule>().AsNoTracking().Where(r => r.SafetyPlanId == plan.Id && !r.Retired)
            .OrderBy(r => r.Order).Select(r => new RuleSnapshot(r.Id, r.Kind, r.Who, r.What, r.When)).ToListAsync();
        if (rules.Count == 0)
        {
            ModelState.AddModelError("", T["Add at least one rule before saving a version of the plan."]);
        }
        if (!Valid(nameof(NewVersion)))
        {
            return await RedisplayAsync();
        }
        var number = await Db.Set<SafetyPlanVersion>().Where(v => v.CaseId == id).MaxAsync(v => (int?)v.Number) ?? 0;
        Db.Add(new SafetyPlanVersion
        {
            CaseId = id,
            Number = number + 1,
            Stage = NewVersion.Stage,
            Audience = NewVersion.Audience,
            AgreedOn = NewVersion.AgreedOn!.Value,
            ChildWording = NewVersion.ChildWording,
            RulesJson = JsonSerializer.Serialize(rules),
            SavedByName = ActorName,
        });
        if (!await SaveAsync(T["Someone else saved a version at the same moment. Save again."]))
        {
            return await RedisplayAsync();
        }
        TempData["Flash"] = T["Version {0} of the safety plan saved.", number + 1].Value;
        return Redirect($"/dossiers/{id}/veiligheidsplan#versions");
    }
}
