using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.CaseAudits;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.CaseAudits;

/// <summary>Audits belong to their two participants: everyone else gets exactly what a missing audit gets (404).</summary>
public class CaseAuditAccessTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    private static string[] Pages(AuditSetup s) =>
        [s.Url(), s.Url("scoren"), s.Url("vergelijken"), s.Url("gesprek"), s.Url("gesprek") + "?handler=Close", s.Url("gesprek") + "?handler=Reflection", s.Url() + "?handler=Stop"];

    public static TheoryData<string, bool> Outsiders() => new()
    {
        { Roles.Caseworker, false }, { Roles.TeamLead, false }, { Roles.GroupCoordinator, false }, { Roles.ContextWorker, false },
        { Roles.Policy, false }, { Roles.RegionalStaff, false }, { Roles.RegionalManager, false }, { Roles.Researcher, false },
        { Roles.DataSteward, false }, { Roles.PrivacyOfficer, false }, { Roles.Administrator, false },
        // Same team, may open the case, but not part of this audit: learning, not control.
        { Roles.Caseworker, true }, { Roles.TeamLead, true },
    };

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Nobody_but_the_worker_and_the_reviewer_opens_or_changes_an_audit(string role, bool sameTeam)
    {
        var s = await AuditSetup.CreateAsync(app);
        await s.BothScoredAsync();
        var outsider = await app.Data.StaffAsync(s.World, role, team: Roles.CaseTeamRoles.Contains(role) ? (sameTeam ? s.World.TeamA : s.World.TeamB) : null,
            lead: role == Roles.TeamLead, provider: role == Roles.ContextWorker);
        var client = await app.SignedInAsync(outsider.UserName!);
        var token = (await client.GetPageAsync("/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var leaks = new List<string>();

        foreach (var page in Pages(s))
        {
            var get = await client.GetAsync(page);
            var post = await client.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Scores[0].Score"] = "1",
                ["Input.WentWell"] = "HACKED",
                ["Input.CouldBeBetter"] = "HACKED",
                ["Version"] = "0",
            }));
            if (get.StatusCode != HttpStatusCode.NotFound || (await get.TextAsync()).Contains("lead-note", StringComparison.Ordinal))
            {
                leaks.Add($"GET {page} → {(int)get.StatusCode}");
            }
            if (post.StatusCode != HttpStatusCode.NotFound)
            {
                leaks.Add($"POST {page} → {(int)post.StatusCode}");
            }
        }

        Assert.Empty(leaks);
        Assert.Equal(2, await app.Data.WithDbAsync(db => db.Set<AuditScoring>().CountAsync(x => x.AuditId == s.AuditId)));
        Assert.DoesNotContain(s.Case.Reference, await (await client.GetAsync("/casusaudits")).TextAsync());
    }

    [Theory]
    [InlineData(Roles.Caseworker)]
    [InlineData(Roles.Policy)]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.ContextWorker)]
    public async Task Outside_the_case_nobody_can_start_an_audit_of_it(string role)
    {
        var world = await app.Data.WorldAsync();
        var owner = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await app.Data.CaseAsync(world, world.TeamA, owner, partnered: true);
        var outsider = await app.Data.StaffAsync(world, role, team: role == Roles.Caseworker ? world.TeamB : null, provider: role == Roles.ContextWorker);
        var client = await app.SignedInAsync(outsider.UserName!);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/dossiers/{c.Id}/casusaudits/nieuw")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/dossiers/{c.Id}/casusaudits")).StatusCode);
    }

    [Fact]
    public async Task A_reviewer_must_be_someone_who_may_open_the_case()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var otherTeamLead = await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamB, lead: true);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        var client = await app.SignedInAsync(worker.UserName!);

        var page = await client.GetPageAsync($"/dossiers/{c.Id}/casusaudits/nieuw");
        var response = await client.SubmitAsync($"/dossiers/{c.Id}/casusaudits/nieuw", new Dictionary<string, string>
        {
            ["Input.Occasion"] = "Hard",
            ["Input.ReviewerId"] = otherTeamLead.Id.ToString(),
        });

        Assert.Null(page.QuerySelector($"option[value='{otherTeamLead.Id}']"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kies een reviewer die dit dossier mag openen.", await response.TextAsync());
        Assert.False(await app.Data.WithDbAsync(db => db.Set<CaseAudit>().AnyAsync(a => a.CaseId == c.Id)));
    }

    [Fact]
    public async Task Each_participant_sees_only_their_own_audits_in_my_audits()
    {
        var s = await AuditSetup.CreateAsync(app);
        var colleague = await app.Data.StaffAsync(s.World, Roles.Caseworker, s.World.TeamA);
        var colleagueClient = await app.SignedInAsync(colleague.UserName!);

        Assert.Contains(s.Case.Reference, (await s.WorkerClient.GetPageAsync("/casusaudits")).QuerySelector("main")!.TextContent);
        Assert.Contains(s.Case.Reference, (await s.LeadClient.GetPageAsync("/casusaudits")).QuerySelector("main")!.TextContent);
        Assert.DoesNotContain(s.Case.Reference, (await colleagueClient.GetPageAsync("/casusaudits")).QuerySelector("main")!.TextContent);
        Assert.DoesNotContain(s.AuditId.ToString(), await (await colleagueClient.GetAsync($"/dossiers/{s.Case.Id}/casusaudits")).TextAsync());
        Assert.Contains(s.AuditId.ToString(), await (await s.WorkerClient.GetAsync($"/dossiers/{s.Case.Id}/casusaudits")).TextAsync());
    }
}
