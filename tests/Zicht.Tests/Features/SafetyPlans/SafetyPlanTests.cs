using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.SafetyPlans;
using Zicht.Features.Trajectories;
using Zicht.Kernel;
using Zicht.Tests.Features.Casework;

namespace Zicht.Tests.Features.SafetyPlans;

public class SafetyPlanTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    internal static async Task AddRuleAsync(CaseworkSetup s, string who, string what, RuleKind kind = RuleKind.WhoDoesWhat) =>
        Assert.Equal(HttpStatusCode.Redirect, (await s.Client.SubmitAsync(s.Url("veiligheidsplan"), new Dictionary<string, string>
        {
            ["Rule.Kind"] = kind.ToString(),
            ["Rule.Who"] = who,
            ["Rule.What"] = what,
        }, "form[action*='AddRule']")).StatusCode);

    internal static async Task SaveVersionAsync(CaseworkSetup s, PlanStage stage, PlanAudience audience, string on, string? childWording = null) =>
        Assert.Equal(HttpStatusCode.Redirect, (await s.Client.SubmitAsync(s.Url("veiligheidsplan"), new Dictionary<string, string>
        {
            ["NewVersion.Stage"] = stage.ToString(),
            ["NewVersion.Audience"] = audience.ToString(),
            ["NewVersion.AgreedOn"] = on,
            ["NewVersion.ChildWording"] = childWording ?? "",
        }, "form[action*='SaveVersion']")).StatusCode);

    [Fact]
    public async Task Initial_then_final_plan_fill_steps_10_and_13_and_the_plan_dates()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await AddRuleAsync(s, "Oma", "haalt Lotte elke dag van school");
        await SaveVersionAsync(s, PlanStage.Initial, PlanAudience.Adult, "2026-04-10");
        await SaveVersionAsync(s, PlanStage.Final, PlanAudience.Child, "2026-06-01", "Als ik bang ben bel ik oma");

        var t = (await s.TrajectoryAsync(app))!;
        Assert.Equal(new DateOnly(2026, 4, 10), t.StepOn(PracticeStep.InitialSafetyPlan));
        Assert.Equal(new DateOnly(2026, 6, 1), t.StepOn(PracticeStep.FinalSafetyPlan));
        Assert.Equal(new DateOnly(2026, 4, 10), t.AdultSafetyPlanOn);
        Assert.Equal(new DateOnly(2026, 6, 1), t.ChildSafetyPlanOn);
    }

    [Fact]
    public async Task A_version_without_rules_is_refused()
    {
        var s = await CaseworkSetup.CreateAsync(app);

        var response = await s.Client.SubmitAsync(s.Url("veiligheidsplan"), new Dictionary<string, string> { ["NewVersion.AgreedOn"] = "2026-04-10" }, "form[action*='SaveVersion']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Voeg minstens één afspraak toe", HttpForms.Parse(await response.TextAsync()).QuerySelector(".error-summary")!.TextContent);
    }

    [Fact]
    public async Task Monitoring_entry_fills_step_11_and_removing_it_clears_the_step()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await AddRuleAsync(s, "Papa", "drinkt niet als de kinderen er zijn");
        var form = await s.Client.GetPageAsync(s.Url("veiligheidsplan"));
        var ruleId = form.QuerySelector("select[name='Monitoring.RuleId'] option")!.GetAttribute("value")!;
        var added = await s.Client.SubmitAsync(s.Url("veiligheidsplan"), new Dictionary<string, string>
        {
            ["Monitoring.RuleId"] = ruleId,
            ["Monitoring.On"] = "2026-05-02",
            ["Monitoring.Kept"] = "false",
            ["Monitoring.Note"] = "zaterdag",
        }, "form[action$='handler=Monitor']");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(new DateOnly(2026, 5, 2), (await s.TrajectoryAsync(app))!.StepOn(PracticeStep.SafetyPlanMonitoring));
        var page = await s.Client.GetPageAsync(s.Url("veiligheidsplan"));
        Assert.Contains("Geschonden", page.QuerySelector("tr.breached")!.TextContent);

        var removed = await s.Client.SubmitAsync(s.Url("veiligheidsplan"), new Dictionary<string, string>(), "form[action*='DeleteMonitoring']");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Null((await s.TrajectoryAsync(app))!.StepOn(PracticeStep.SafetyPlanMonitoring));
    }

    [Fact]
    public async Task Two_people_saving_the_same_plan_get_a_conflict_and_the_first_save_is_kept()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await s.Client.SubmitAsync(s.Url("veiligheidsplan"), new Dictionary<string, string> { ["Settings.PlanB"] = "None" }, "form[action*='Settings']");
        var colleague = await app.Data.StaffAsync(s.World, Zicht.Infrastructure.Auth.Roles.Caseworker, s.World.TeamA);
        var other = await app.SignedInAsync(colleague.UserName!);
        // Both load the form at the same version.
        var mine = await s.Client.GetPageAsync(s.Url("veiligheidsplan"));
        var version = mine.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Settings.Version']")!.Value;
        var theirs = await other.SubmitAsync(s.Url("veiligheidsplan"), new Dictionary<string, string>
        {
            ["Settings.PlanB"] = "Network",
            ["Settings.Version"] = version,
        }, "form[action*='Settings']");
        Assert.Equal(HttpStatusCode.Redirect, theirs.StatusCode);

        var late = await s.Client.SubmitAsync(s.Url("veiligheidsplan"), new Dictionary<string, string>
        {
            ["Settings.PlanB"] = "Residential",
            ["Settings.StartedInPlanB"] = "true",
            ["Settings.Version"] = version,
        }, "form[action*='Settings']");

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var html = HttpForms.Parse(await late.TextAsync());
        Assert.Contains("Iemand anders bewaarde het veiligheidsplan", html.QuerySelector(".error-summary")!.TextContent);
        Assert.True(html.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='Settings.PlanB'][value='Residential']")!.IsChecked);
        var plan = await app.Data.WithDbAsync(db => db.Set<SafetyPlan>().AsNoTracking().SingleAsync(p => p.CaseId == s.Case.Id));
        Assert.Equal(PlanB.Network, plan.PlanB);
        Assert.Equal(PlanB.Network, (await s.TrajectoryAsync(app))!.PlanB);
    }

    [Fact]
    public async Task A_retired_rule_leaves_the_plan_but_stays_in_the_agreed_version()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await AddRuleAsync(s, "Papa", "slaapt elders als hij gedronken heeft");
        await SaveVersionAsync(s, PlanStage.Initial, PlanAudience.Adult, "2026-04-10");
        var page = await s.Client.GetPageAsync(s.Url("veiligheidsplan"));
        var retire = page.QuerySelector("button[name='retire']")!.GetAttribute("value")!;

        var retired = await s.Client.SubmitAsync(s.Url("veiligheidsplan"), new Dictionary<string, string> { ["retire"] = retire }, "form[action*='RetireRule']");

        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        var after = await s.Client.GetPageAsync(s.Url("veiligheidsplan"));
        Assert.Empty(after.QuerySelectorAll("ol.rules li"));
        var version = await app.Data.WithDbAsync(db => db.Set<SafetyPlanVersion>().AsNoTracking().SingleAsync(v => v.CaseId == s.Case.Id));
        Assert.Equal("Papa", Assert.Single(version.Rules()).Who);
    }
}
