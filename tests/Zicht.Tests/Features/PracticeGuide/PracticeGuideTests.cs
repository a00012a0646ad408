using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.PracticeGuide;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Tests.Features.PracticeGuide;

public class PracticeGuideTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    /// <summary>Publishes a guide through the edit page, as a practice lead; the marker makes its texts unique.</summary>
    private async Task<string> PublishAsync(TestData.World world, string marker)
    {
        var lead = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.RegionalStaff)).UserName!);
        var page = await lead.GetPageAsync("/praktijkgids/bewerken");
        var rows = page.QuerySelectorAll("fieldset.guide-row").Length;
        var values = new Dictionary<string, string> { ["Note"] = marker };
        for (var i = 0; i < rows; i++)
        {
            values[$"Rows[{i}].Dutch"] = "";
            values[$"Rows[{i}].English"] = "";
        }
        values.Add("Rows[0].Phase", "Referral");
        values["Rows[0].Dutch"] = $"Elk nieuw dossier op het procesteam {marker}";
        values["Rows[0].English"] = $"Every new case in a process team {marker}";
        values["Rows[0].Rule"] = "ProcessTeam";
        values["Rows[1].Phase"] = "Investigation";
        values["Rows[1].Dutch"] = $"Het kind werd gehoord {marker}";
        values["Rows[1].English"] = $"The child was heard {marker}";
        values["Rows[1].Rule"] = "Step";
        values["Rows[1].Step"] = nameof(PracticeStep.ChildrenInvolved);
        var response = await lead.SubmitAsync("/praktijkgids/bewerken", values);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return marker;
    }

    [Fact]
    public async Task A_practice_lead_publishes_versions_and_a_worker_acknowledges_once_a_year()
    {
        var world = await app.Data.WorldAsync();
        var before = await app.Data.WithDbAsync(db => db.Set<GuideVersion>().CountAsync());
        await PublishAsync(world, "v-a");
        await PublishAsync(world, "v-b");
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var client = await app.SignedInAsync(worker.UserName!);

        var guide = await (await client.GetAsync("/praktijkgids")).TextAsync();
        Assert.Contains("Het kind werd gehoord v-b", guide);
        Assert.Contains("stap", guide);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/praktijkgids/bewerken")).StatusCode);
        await client.SubmitAsync("/praktijkgids", new Dictionary<string, string>(), "form[action*='Acknowledge']");
        Assert.Contains($"Je ondertekende versie {before + 2}", await (await client.GetAsync("/praktijkgids")).TextAsync());

        await app.Data.WithDbAsync(async db =>
        {
            Assert.Equal(before + 2, await db.Set<GuideVersion>().CountAsync());
            Assert.Equal(1, await db.Set<GuideAcknowledgement>().CountAsync(a => a.StaffId == worker.Id));
            Assert.Equal(2, await db.Set<MinimalExpectation>().CountAsync(e => e.Dutch.EndsWith("v-a")));
        });
    }

    [Fact]
    public async Task The_case_shows_a_quiet_checklist_read_from_its_records()
    {
        var world = await app.Data.WorldAsync();
        var marker = await PublishAsync(world, "chk");
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        await app.Data.WithDbAsync(async db =>
        {
            (await db.Cases.SingleAsync(x => x.Id == c.Id)).Phase = CasePhase.Investigation;
            await db.SaveChangesAsync();
        });
        var client = await app.SignedInAsync(worker.UserName!);
        var recorded = await client.SubmitAsync($"/dossiers/{c.Id}/procesteams", new Dictionary<string, string> { ["HeldOn"] = "2026-03-02" });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);

        var checklist = (await client.GetPageAsync($"/dossiers/{c.Id}")).QuerySelector("details.guide-checklist")!.TextContent;

        Assert.Contains("1 van 2", checklist);
        Assert.Contains($"Voldaan: Elk nieuw dossier op het procesteam {marker}", Squeeze(checklist));
        Assert.Contains($"Nog niet: Het kind werd gehoord {marker}", Squeeze(checklist));
    }

    [Fact]
    public async Task The_team_page_shows_shares_to_the_team_and_hides_small_teams_from_aggregate_viewers()
    {
        var world = await app.Data.WorldAsync();
        var marker = await PublishAsync(world, "team");
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var own = await app.Data.CaseAsync(world, world.TeamA, worker);
        await app.Data.WithDbAsync(async db =>
        {
            db.Add(new Zicht.Features.ProcessTeams.ProcessTeamMeeting { CaseId = own.Id, HeldOn = new DateOnly(2026, 3, 2) });
            await db.SaveChangesAsync();
        });
        var client = await app.SignedInAsync(worker.UserName!);
        var teamPage = (await client.GetPageAsync("/praktijkgids/teams")).QuerySelector("main")!.TextContent;
        Assert.Contains(world.TeamA.Name, teamPage);
        Assert.DoesNotContain(world.TeamB.Name, teamPage);
        Assert.Contains("1 van 1", teamPage);
        Assert.Contains("100 %", teamPage);

        var policy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Policy)).UserName!);
        var section = (await policy.GetPageAsync("/praktijkgids/teams")).QuerySelectorAll("section").Single(x => x.QuerySelector("h2")?.TextContent == world.TeamA.Name).TextContent;
        Assert.DoesNotContain("1 van 1", section);
        Assert.DoesNotContain("100 %", section);
        Assert.Contains("–", section);
        var csv = await (await policy.GetAsync("/praktijkgids/teams?handler=Csv")).TextAsync();
        Assert.Contains($"{world.TeamA.Name};Referral;Elk nieuw dossier op het procesteam {marker};;;", csv);

        var partner = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.ContextWorker, provider: true)).UserName!);
        Assert.Contains("Hier zijn geen cijfers voor jou.", await (await partner.GetAsync("/praktijkgids/teams")).TextAsync());
    }

    [Fact]
    public async Task The_six_monthly_report_follows_case_access_and_is_audited()
    {
        var world = await app.Data.WorldAsync();
        var marker = await PublishAsync(world, "eval");
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        var client = await app.SignedInAsync(worker.UserName!);

        var report = await (await client.GetAsync($"/dossiers/{c.Id}/verslagen/halfjaarlijks")).TextAsync();
        Assert.Contains("Halfjaarlijks evaluatieverslag", report);
        Assert.Contains("Waarom zijn we betrokken, en is het nog nodig?", report);
        Assert.Contains($"Elk nieuw dossier op het procesteam {marker}", report);
        await client.GetAsync($"/dossiers/{c.Id}/verslagen/halfjaarlijks?pdfFile=true");

        var outsider = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamB)).UserName!);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/dossiers/{c.Id}/verslagen/halfjaarlijks")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/dossiers/{c.Id}/verslagen/halfjaarlijks?pdfFile=true")).StatusCode);
        await app.Data.WithDbAsync(async db =>
        {
            Assert.True(await db.AuditTrail.AnyAsync(a => a.Action == AuditActions.Export && a.EntityType == "EvaluationReport" && a.CaseId == c.Id));
            Assert.True(await db.AuditTrail.AnyAsync(a => a.Action == AuditActions.Refused && a.EntityType == "EvaluationReport" && a.EntityId == c.Id.ToString()));
        });
    }

    private static string Squeeze(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
