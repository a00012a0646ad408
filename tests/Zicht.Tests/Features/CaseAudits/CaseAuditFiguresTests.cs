using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Features.CaseAudits;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.CaseAudits;

/// <summary>Aggregates and exports: only pairs of two submitted scorings, never below the minimum group size, never to workers.</summary>
public class CaseAuditFiguresTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Theory]
    [InlineData(Roles.Caseworker)]
    [InlineData(Roles.GroupCoordinator)]
    [InlineData(Roles.ContextWorker)]
    [InlineData(Roles.Administrator)]
    public async Task Aggregate_page_refuses_who_may_not_see_it(string role)
    {
        var world = await app.Data.WorldAsync();
        var user = await app.Data.StaffAsync(world, role, Roles.CaseTeamRoles.Contains(role) ? world.TeamA : null, provider: role == Roles.ContextWorker);

        var response = await (await app.SignedInAsync(user.UserName!)).GetAsync("/casusaudits/overzicht");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Team_aggregate_hidden_below_minimum_group_size_and_shown_from_it_without_any_worker()
    {
        var world = await app.Data.WorldAsync();
        var lead = await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true);
        var audits = new List<AuditSetup>();
        for (var i = 0; i < 5; i++)
        {
            var s = await AuditSetup.CreateAsync(app, world: world, lead: lead);
            await s.BothScoredAsync(worker: ["6", "7", "5", "8"], reviewer: [$"{6 + (i % 2)}", "7", "3", "8"]);
            audits.Add(s);
        }
        var halfScored = await AuditSetup.CreateAsync(app, world: world, lead: lead);
        await halfScored.ScoreAsync(halfScored.WorkerClient, "worker", "1", "1", "1", "1");

        var page = await audits[0].LeadClient.GetPageAsync("/casusaudits/overzicht");
        var text = page.QuerySelector("main")!.TextContent;

        Assert.Contains("5 audits waarvan beide scorings ingediend zijn.", text);
        var p1 = page.QuerySelectorAll("table.agreement tbody tr")[0].QuerySelectorAll("td").Select(td => td.TextContent).ToList();
        Assert.Equal(["5", "5", "6,0", "6,4", "0,4", "60,0", "100,0"], p1.Take(7));
        foreach (var s in audits)
        {
            Assert.DoesNotContain(s.Case.Reference, text);
            Assert.DoesNotContain(s.Worker.DisplayName, text);
        }
        Assert.DoesNotContain(halfScored.Worker.DisplayName, text);
        Assert.True(await app.Data.WithDbAsync(db => db.AuditTrail.AnyAsync(e => e.EntityType == "CaseAuditAggregates" && e.ActorId == lead.Id)));

        // A fresh team with four audits: nothing but the notice.
        var small = await app.Data.WorldAsync();
        var smallLead = await app.Data.StaffAsync(small, Roles.TeamLead, small.TeamA, lead: true);
        for (var i = 0; i < 4; i++)
        {
            await (await AuditSetup.CreateAsync(app, world: small, lead: smallLead)).BothScoredAsync();
        }
        var hidden = await (await app.SignedInAsync(smallLead.UserName!)).GetPageAsync("/casusaudits/overzicht");
        Assert.Contains("Te weinig audits", hidden.QuerySelector("main")!.TextContent);
        Assert.Empty(hidden.QuerySelectorAll("table.agreement"));
    }

    [Fact]
    public async Task Exports_hold_only_audits_with_both_scorings_and_no_names_or_notes()
    {
        var world = await app.Data.WorldAsync();
        var both = await AuditSetup.CreateAsync(app, world: world);
        await both.BothScoredAsync(worker: ["6", "7", "5", ""], reviewer: ["7", "7", "3", "8"]);
        var half = await AuditSetup.CreateAsync(app, world: world);
        await half.ScoreAsync(half.WorkerClient, "worker", "1", "1", "1", "1");

        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<RequestContext>().Scope = CaseScope.Everything;
        var scored = await scope.ServiceProvider.GetRequiredService<AuditFigures>().ScoredAsync(null, null, [world.TeamA.Id], default);
        var csv = new StringWriter();
        AuditExport.Write(csv, AuditExport.AuditsHeader, AuditExport.AuditRows(scored, _ => world.TeamA.Name));

        Assert.Equal(
            $"audit,closed,team,principle,question,worker_score,reviewer_score\n1,false,{world.TeamA.Name},P1,P1.scale,6,7\n1,false,{world.TeamA.Name},P2,P2.scale,7,7\n"
            + $"1,false,{world.TeamA.Name},P3,P3.scale,5,3\n1,false,{world.TeamA.Name},P4,P4.scale,,8\n", csv.ToString());
        var agreement = AuditExport.AgreementRows(scored, ["P1", "P2", "P3", "P4"]);
        Assert.Equal(["P4", "0", "0", "", "", "", "", ""], agreement[3]);
        // all: pairs (6,7), (7,7), (5,3); mean gap (1 + 0 − 2) / 3 = −0.3; within one 2 of 3 = 66.7.
        Assert.Equal(["all", "1", "3", "6.0", "5.7", "-0.3", "66.7"], agreement[4].Take(7));
    }
}
