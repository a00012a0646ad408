// HTTP calls here are short; cancelling a test mid-request gains nothing.
#pragma warning disable xUnit1051
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Features.Feedback;
using Zicht.Features.Surveys;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Feedback;

public class FeedbackReportTests(VoicesApp app) : IClassFixture<VoicesApp>
{
    /// <summary>Stores n parent responses for a worker's cases straight through the submission service.</summary>
    private async Task AnswerAsync(VoicesWorld w, Guid team, Guid worker, int n, string open = "Fijne consulent")
    {
        for (var i = 0; i < n; i++)
        {
            var caseId = await w.CaseAsync(app, team, worker);
            await app.DbAsync(async (db, sp) =>
            {
                var c = await db.Cases.FindAsync(caseId);
                var (invitation, token) = await sp.GetRequiredService<FeedbackInvitations>().IssueAsync(c!, Audience.Parent, worker, null);
                var instrument = await sp.GetRequiredService<InstrumentStore>().GetAsync(invitation.InstrumentVersionId);
                var answers = Enumerable.Range(1, 14).ToDictionary(k => $"p{k:00}", k => k % 2 == 0 ? "5" : "2");
                answers["p_open"] = open;
                return await sp.GetRequiredService<FeedbackSubmission>().SubmitAsync(invitation, instrument, answers, false, null);
            });
        }
    }

    private async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_worker_sees_fewer_than_five_then_the_distribution_after_the_fifth_response()
    {
        var w = await VoicesWorld.CreateAsync(app);
        var worker = app.As(w.WorkerA, Roles.Caseworker);
        await AnswerAsync(w, w.TeamA, w.WorkerA, 4);
        var four = await PageAsync(worker, "/feedback/rapport");
        Assert.Contains("Minder dan 5 antwoorden", four);
        Assert.DoesNotContain("<figure", four);
        await AnswerAsync(w, w.TeamA, w.WorkerA, 1);
        var five = await PageAsync(worker, "/feedback/rapport");
        Assert.Contains("5 antwoorden", five);
        Assert.Contains("<figure", five);
        Assert.Contains("<td>5 (100", five);
        // Free text never at the level of one worker.
        Assert.DoesNotContain("Fijne consulent", five);
    }

    [Fact]
    public async Task A_team_lead_sees_the_team_with_free_text_and_never_another_team()
    {
        var w = await VoicesWorld.CreateAsync(app);
        await AnswerAsync(w, w.TeamA, w.WorkerA, 5, "Team A was fijn");
        await AnswerAsync(w, w.TeamB, w.WorkerB, 5, "Team B was fijn");
        var leadA = app.As(w.LeadA, Roles.TeamLead);
        var own = await PageAsync(leadA, $"/feedback/rapport?level=Team&group={w.TeamA}");
        Assert.Contains("Team A was fijn", own);
        Assert.DoesNotContain("Team B was fijn", own);
        Assert.Equal(HttpStatusCode.NotFound, (await leadA.GetAsync($"/feedback/rapport?level=Team&group={w.TeamB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.As(w.WorkerA, Roles.Caseworker).GetAsync($"/feedback/rapport?level=Team&group={w.TeamA}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leadA.GetAsync($"/feedback/rapport?level=Region&group={w.RegionId}")).StatusCode);
    }

    [Fact]
    public async Task Region_comparison_hides_teams_below_the_minimum_even_their_count()
    {
        var w = await VoicesWorld.CreateAsync(app);
        await AnswerAsync(w, w.TeamA, w.WorkerA, 5);
        await AnswerAsync(w, w.TeamB, w.WorkerB, 3, "Heel persoonlijk verhaal");
        var html = await PageAsync(app.As(Guid.NewGuid(), Roles.Policy), $"/feedback/rapport?level=Region&group={w.RegionId}");
        Assert.Contains("8 antwoorden", html);
        var teamBRow = html[html.IndexOf("Team B", StringComparison.Ordinal)..];
        teamBRow = teamBRow[..teamBRow.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains("minder dan 5", teamBRow);
        Assert.DoesNotContain(">3<", teamBRow);
        // Free text of the region is shown (8 ≥ 5) at region level.
        Assert.Contains("Heel persoonlijk verhaal", html);
    }
}
