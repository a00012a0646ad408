using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Features.CaseAudits;
using Zicht.Features.Demo;
using Zicht.Features.Evaluations;
using Zicht.Features.Network;
using Zicht.Features.SafetyScales;
using Zicht.Features.StaffSurvey;
using Zicht.Infrastructure.Auth;
using Zicht.Tests.Features.Sgog;

namespace Zicht.Tests.Features.Evaluations;

/// <summary>The demo shows the day's features working: templated meetings, evaluation reports, scores from several people, several audit scorers, a live staff wave.</summary>
public class DemoDayTests(DemoModeApp app) : IClassFixture<DemoModeApp>
{
    [Fact]
    public async Task The_demo_has_templated_meetings_evaluations_several_scorers_and_an_open_staff_wave()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<RequestContext>();
            (context.Scope, context.ActorName) = (CaseScope.Everything, "test-demo");
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(40, null, CancellationToken.None);
        }

        var (meeting, report, scorerRoles, reviewers, wave) = await app.Data.WithDbAsync(async db => (
            await db.Set<NetworkMeeting>().IgnoreQueryFilters().Include(m => m.Case).ThenInclude(c => c!.ResponsibleWorker)
                .FirstAsync(m => m.Agenda != null && m.Case!.ResponsibleWorker!.UserName == "consulent@demo"),
            await db.Set<EvaluationReport>().IgnoreQueryFilters().FirstAsync(r => r.FinalisedOn != null),
            await db.Set<SafetyScore>().IgnoreQueryFilters().Select(s => s.ScorerRole).Distinct().CountAsync(),
            await db.Set<CaseAudit>().IgnoreQueryFilters().Select(a => a.ReviewerId).Distinct().CountAsync(),
            await db.Set<StaffWave>().SingleAsync(w => w.ClosedAt == null)));
        Assert.True(scorerRoles >= 5, $"{scorerRoles} scorer roles");
        Assert.True(reviewers >= 3, $"{reviewers} reviewers");
        Assert.Equal(6, await app.Data.WithDbAsync(db => db.Set<StaffResponse>().CountAsync(r => r.WaveId == wave.Id)));

        var worker = app.NewClient();
        await worker.SignInAsync("consulent@demo", DemoSeeder.Password);
        var minutes = await worker.GetPageAsync($"/dossiers/{meeting.CaseId}/netwerk/overleg/{meeting.Id}/verslag");
        Assert.Contains("Lotte wil dat oma erbij is", minutes.QuerySelector("main")!.TextContent);
        var survey = await worker.GetAsync("/personeelsbevraging");
        Assert.Contains(DemoLiveWave.Title, await survey.TextAsync());
        var lead = app.NewClient();
        await lead.SignInAsync("teamlead@demo", DemoSeeder.Password);
        Assert.Contains("Halfjaarlijks evaluatieverslag", await (await lead.GetAsync($"/dossiers/{report.CaseId}/verslagen/halfjaarlijks/{report.Id}")).TextAsync());
    }
}
