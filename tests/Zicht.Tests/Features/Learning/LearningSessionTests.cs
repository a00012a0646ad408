using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Learning;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Learning;

public class LearningSessionTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task A_member_who_was_not_there_reads_the_note_and_an_outsider_does_not()
    {
        var world = await app.Data.WorldAsync();
        var planner = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var colleague = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var outsider = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamB);
        var client = await app.SignedInAsync(planner.UserName!);
        var structure = await LearningSetup.PlanAsync(client, "Leercasus Noord");
        await LearningSetup.AddMemberAsync(client, structure, colleague);

        var session = LearningSetup.SessionId(await LearningSetup.RecordAsync(client, structure,
            new Dictionary<Guid, SessionRole> { [planner.Id] = SessionRole.CaseBringer }, "We oefenden gevaarsboodschappen in gewone taal."));

        var reader = await app.SignedInAsync(colleague.UserName!);
        Assert.Contains("We oefenden gevaarsboodschappen in gewone taal.", await (await reader.GetAsync($"/leren/sessies/{session}")).TextAsync());
        Assert.Contains("We oefenden gevaarsboodschappen in gewone taal.", await (await reader.GetAsync("/leren")).TextAsync());
        var other = await app.SignedInAsync(outsider.UserName!);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/leren/sessies/{session}")).StatusCode);
        Assert.DoesNotContain("gewone taal", await (await other.GetAsync("/leren")).TextAsync());
        // The directory still tells the outsider the structure exists, what it is for and how often it meets.
        Assert.Contains("Leercasus Noord", await (await other.GetAsync("/leren")).TextAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/leren/structuren/{structure}/sessie")).StatusCode);
    }

    [Fact]
    public async Task A_partner_sees_only_the_sessions_they_attended()
    {
        var world = await app.Data.WorldAsync();
        var facilitator = await app.Data.StaffAsync(world, Roles.RegionalStaff);
        var partner = await app.Data.StaffAsync(world, Roles.ContextWorker, provider: true);
        var client = await app.SignedInAsync(facilitator.UserName!);
        var structure = await LearningSetup.PlanAsync(client, "Intervisie met partners", LearningKind.Intervision);
        await LearningSetup.AddMemberAsync(client, structure, partner);
        var attended = LearningSetup.SessionId(await LearningSetup.RecordAsync(client, structure,
            new Dictionary<Guid, SessionRole> { [facilitator.Id] = SessionRole.Facilitator, [partner.Id] = SessionRole.Participant }, "Verslaggeving samen bekeken."));
        var missed = LearningSetup.SessionId(await LearningSetup.RecordAsync(client, structure,
            new Dictionary<Guid, SessionRole> { [facilitator.Id] = SessionRole.Facilitator }, "Vertrouwenspersoon van de jongere.", heldOn: DateOnly.FromDateTime(DateTime.Today).AddDays(-14).ToString("yyyy-MM-dd")));

        var p = await app.SignedInAsync(partner.UserName!);
        Assert.Equal(HttpStatusCode.OK, (await p.GetAsync($"/leren/sessies/{attended}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await p.GetAsync($"/leren/sessies/{missed}")).StatusCode);
        var structurePage = await (await p.GetAsync($"/leren/structuren/{structure}")).TextAsync();
        Assert.DoesNotContain("Vertrouwenspersoon", structurePage);
        Assert.DoesNotContain(missed.ToString(), structurePage);
        Assert.Equal(HttpStatusCode.NotFound, (await p.GetAsync($"/leren/structuren/{structure}/sessie")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await p.GetAsync("/leren/structuren/nieuw")).StatusCode);
    }

    [Fact]
    public async Task Only_cases_the_recorder_may_open_can_be_linked_and_only_readers_of_the_case_see_the_link()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var otherTeam = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamB);
        var own = await app.Data.CaseAsync(world, world.TeamA, worker);
        var foreign = await app.Data.CaseAsync(world, world.TeamB, otherTeam);
        var client = await app.SignedInAsync(worker.UserName!);
        var structure = await LearningSetup.PlanAsync(client, "Groepssupervisie", LearningKind.GroupSupervision);
        await LearningSetup.AddMemberAsync(client, structure, otherTeam);
        var me = new Dictionary<Guid, SessionRole> { [worker.Id] = SessionRole.CaseBringer };

        var refused = await LearningSetup.RecordAsync(client, structure, me, "Niet toegelaten", foreign.Id);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Je kan enkel dossiers koppelen die je mag openen.", await refused.TextAsync());
        var session = LearningSetup.SessionId(await LearningSetup.RecordAsync(client, structure, me, "Over een eigen dossier", own.Id));

        Assert.Contains(own.Reference, await (await client.GetAsync($"/leren/sessies/{session}")).TextAsync());
        var member = await app.SignedInAsync(otherTeam.UserName!);
        var seen = await (await member.GetAsync($"/leren/sessies/{session}")).TextAsync();
        Assert.Contains("Over een eigen dossier", seen);
        Assert.DoesNotContain(own.Reference, seen);
        await app.Data.WithDbAsync(async db =>
        {
            Assert.Equal(1, await db.Set<SessionCase>().CountAsync(c => c.CaseId == own.Id || c.CaseId == foreign.Id));
            Assert.True(await db.AuditTrail.AnyAsync(a => a.Action == AuditActions.Refused && a.EntityId == foreign.Id.ToString()));
            Assert.True(await db.AuditTrail.AnyAsync(a => a.Action == AuditActions.Create && a.EntityType == nameof(LearningSession) && a.EntityId == session.ToString()));
        });
    }

    [Fact]
    public async Task Own_history_for_oneself_and_the_team_view_only_for_the_lead_of_that_team()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var lead = await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true);
        var otherLead = await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamB, lead: true);
        var client = await app.SignedInAsync(worker.UserName!);
        var structure = await LearningSetup.PlanAsync(client, "Leercasus Zuid");
        await LearningSetup.RecordAsync(client, structure, new Dictionary<Guid, SessionRole> { [worker.Id] = SessionRole.Advisor }, "Notitie", heldOn: DateOnly.FromDateTime(DateTime.Today.AddDays(-3)).ToString("yyyy-MM-dd"));

        var mine = await (await client.GetAsync("/leren/mijn-deelname")).TextAsync();
        Assert.Contains("Leercasus Zuid", mine);
        Assert.Contains("Adviseur", mine);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/leren/team")).StatusCode);

        var teamView = await (await (await app.SignedInAsync(lead.UserName!)).GetAsync("/leren/team")).TextAsync();
        Assert.Contains(worker.DisplayName, teamView);
        Assert.Contains("Leercasus 1", teamView);
        Assert.Contains("Leercasus Zuid", teamView);
        var otherView = await (await (await app.SignedInAsync(otherLead.UserName!)).GetAsync("/leren/team")).TextAsync();
        Assert.DoesNotContain(worker.DisplayName, otherView);
    }

    [Fact]
    public async Task Staff_outside_the_learning_policy_are_refused()
    {
        var world = await app.Data.WorldAsync();
        foreach (var role in new[] { Roles.Researcher, Roles.Administrator, Roles.PrivacyOfficer })
        {
            var client = await app.SignedInAsync((await app.Data.StaffAsync(world, role)).UserName!);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/leren")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/leren/opleidingen")).StatusCode);
        }
    }
}
