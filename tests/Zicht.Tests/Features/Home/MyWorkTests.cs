using System.Net;
using Zicht.Features.ProcessTeams;
using Zicht.Features.SafetyPlans;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Home;

/// <summary>"Mijn werk": what is due in one's own cases (a team lead: the team's), each line linking to the place to do it.</summary>
public class MyWorkTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task A_worker_sees_what_is_due_in_their_cases_with_a_link_to_the_exact_page()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        await app.Data.WithDbAsync(async db =>
        {
            db.Add(new SafetyPlanReview { CaseId = c.Id, PlannedOn = new DateOnly(2026, 1, 5), Note = "evaluatie met oma" });
            await db.SaveChangesAsync();
        });
        var client = await app.SignedInAsync(worker.UserName!);
        await client.GetAsync($"/dossiers/{c.Id}");

        var page = await client.GetPageAsync("/");

        Assert.Equal("Mijn werk", page.QuerySelector("h1")!.FirstChild!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector($"#work-process-teams ~ ul a[href='/dossiers/{c.Id}/procesteams']"));
        Assert.NotNull(page.QuerySelector($"#work-reviews ~ ul a[href='/dossiers/{c.Id}/veiligheidsplan#reviews']"));
        Assert.NotNull(page.QuerySelector($"#work-recent ~ ul a[href='/dossiers/{c.Id}']"));
    }

    [Fact]
    public async Task Another_teams_worker_sees_nothing_of_the_case()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        var other = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamB);
        var otherLead = await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamB, lead: true);

        foreach (var outsider in new[] { other, otherLead })
        {
            var client = await app.SignedInAsync(outsider.UserName!);
            var home = await (await client.GetAsync("/")).TextAsync();
            var due = await (await client.GetAsync("/procesteams")).TextAsync();
            Assert.DoesNotContain(c.Reference, home);
            Assert.DoesNotContain(c.Reference, due);
        }
    }

    [Fact]
    public async Task A_team_lead_sees_the_teams_cases_and_the_ones_nobody_in_the_team_carries()
    {
        var world = await app.Data.WorldAsync();
        var lead = await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true);
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var leaver = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamB);
        var carried = await app.Data.CaseAsync(world, world.TeamA, worker);
        var orphan = await app.Data.CaseAsync(world, world.TeamA, leaver);
        var client = await app.SignedInAsync(lead.UserName!);

        var page = await client.GetPageAsync("/");

        Assert.NotNull(page.QuerySelector($"#work-process-teams ~ ul a[href='/dossiers/{carried.Id}/procesteams']"));
        Assert.NotNull(page.QuerySelector($"#work-unassigned ~ ul a[href='/dossiers/{orphan.Id}/toewijzen']"));
        Assert.Null(page.QuerySelector($"#work-unassigned ~ ul a[href='/dossiers/{carried.Id}/toewijzen']"));
    }

    [Theory]
    [InlineData(Roles.Policy)]
    [InlineData(Roles.RegionalManager)]
    [InlineData(Roles.RegionalStaff)]
    public async Task Policy_and_regional_staff_land_on_their_dashboard(string role)
    {
        var world = await app.Data.WorldAsync();
        var person = await app.Data.StaffAsync(world, role);
        var client = await app.SignedInAsync(person.UserName!);

        var landing = await client.GetAsync(Zicht.Features.Home.IndexModel.Landing);
        var home = await client.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, landing.StatusCode);
        Assert.Equal("/praktijk", landing.Headers.Location!.OriginalString);
        Assert.NotNull(home.QuerySelector("main a[href='/praktijk']"));
    }

    [Fact]
    public async Task The_overdue_page_lists_only_cases_whose_process_team_is_overdue_and_is_in_the_menu()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var late = await app.Data.CaseAsync(world, world.TeamA, worker);
        var onTime = await app.Data.CaseAsync(world, world.TeamA, worker);
        await app.Data.WithDbAsync(async db =>
        {
            // Held today (the app's own clock): the next one is weeks away.
            db.Add(new ProcessTeamMeeting { CaseId = onTime.Id, HeldOn = DateOnly.FromDateTime(DateTime.Now) });
            await db.SaveChangesAsync();
        });
        var client = await app.SignedInAsync(worker.UserName!);

        var page = await client.GetPageAsync("/procesteams");

        Assert.NotNull(page.QuerySelector($"a[href='/dossiers/{late.Id}/procesteams']"));
        Assert.Null(page.QuerySelector($"a[href='/dossiers/{onTime.Id}/procesteams']"));
        Assert.NotNull(page.QuerySelector("header nav a[href='/procesteams']"));
    }
}
