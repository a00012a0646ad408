// HTTP calls here are short; cancelling a test mid-request gains nothing.
#pragma warning disable xUnit1051
using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Feedback;
using Zicht.Features.Surveys;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Feedback;

/// <summary>Issue 8: a family's answers cannot be traced back, and a bad submission is refused, never half-stored.</summary>
public class FeedbackTraceTests(VoicesApp app) : IClassFixture<VoicesApp>
{
    private static readonly Dictionary<string, string> AllAgree =
        Enumerable.Range(1, 14).ToDictionary(i => $"a.p{i:00}", _ => "4");

    private async Task<string> InviteAsync(Guid caseId, Guid worker)
    {
        var response = await VoicesApp.PostFormAsync(app.As(worker, Roles.Caseworker), $"/dossiers/{caseId}/feedback", [new("respondent", nameof(Audience.Parent))]);
        var html = await response.Content.ReadAsStringAsync();
        var start = html.IndexOf("/v/", html.IndexOf("link-box", StringComparison.Ordinal), StringComparison.Ordinal) + 3;
        return html.Substring(start, 43);
    }

    private Task<HttpResponseMessage> SubmitAsync(string token, Dictionary<string, string> answers, string consent = "false", string email = "") =>
        VoicesApp.PostFormAsync(app.As(null), $"/v/{token}", answers.Append(new("action", "submit")).Append(new("consent", consent)).Append(new("email", email)));

    private Task<int> ResponsesOfAsync(Guid worker) => app.DbAsync((db, _) => db.Set<FeedbackResponse>().CountAsync(r => r.WorkerId == worker));

    [Fact]
    public async Task A_worker_sees_how_many_links_were_used_not_which()
    {
        var w = await VoicesWorld.CreateAsync(app);
        var caseId = await w.CaseAsync(app, w.TeamA, w.WorkerA);
        var first = await InviteAsync(caseId, w.WorkerA);
        await InviteAsync(caseId, w.WorkerA);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(first, AllAgree)).StatusCode);
        var page = await (await app.As(w.WorkerA, Roles.Caseworker).GetAsync($"/dossiers/{caseId}/feedback")).Content.ReadAsStringAsync();
        Assert.Contains("Gemaakte links: 2. Nog niet gebruikt: 1.", page);
        Assert.DoesNotContain("Beantwoord", page);
        Assert.DoesNotContain("table class=\"data\"", page);
    }

    [Fact]
    public async Task A_stored_response_carries_no_link_to_its_invitation_case_or_moment()
    {
        var w = await VoicesWorld.CreateAsync(app);
        var token = await InviteAsync(await w.CaseAsync(app, w.TeamA, w.WorkerA), w.WorkerA);
        await SubmitAsync(token, AllAgree);
        var properties = await app.DbAsync((db, _) => Task.FromResult(db.Model.FindEntityType(typeof(FeedbackResponse))!.GetProperties().Select(p => p.Name).ToList()));
        Assert.Equal(["Answers", "Id", "InstrumentVersionId", "Period", "RegionId", "Respondent", "ServiceId", "TeamId", "TextsReleased", "WorkerId"], properties.Order());
        Assert.Equal(0, await app.DbAsync((db, _) => db.AuditTrail.CountAsync(a => a.EntityType == nameof(FeedbackResponse))));
        var period = await app.DbAsync((db, _) => db.Set<FeedbackResponse>().Where(r => r.WorkerId == w.WorkerA).Select(r => r.Period).FirstAsync());
        Assert.Equal(1, period.Day);
        Assert.Equal(1, (period.Month - 1) % 3 + 1);
    }

    [Fact]
    public async Task An_empty_submission_is_refused_kindly_and_the_link_still_works()
    {
        var w = await VoicesWorld.CreateAsync(app);
        var token = await InviteAsync(await w.CaseAsync(app, w.TeamA, w.WorkerA), w.WorkerA);
        var refused = await SubmitAsync(token, []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Je hebt nog geen enkele vraag beantwoord", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, await ResponsesOfAsync(w.WorkerA));
        Assert.Equal(HttpStatusCode.OK, (await app.As(null).GetAsync($"/v/{token}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(token, AllAgree)).StatusCode);
        Assert.Equal(1, await ResponsesOfAsync(w.WorkerA));
    }

    [Fact]
    public async Task An_invalid_value_is_refused_with_a_message_never_dropped()
    {
        var w = await VoicesWorld.CreateAsync(app);
        var token = await InviteAsync(await w.CaseAsync(app, w.TeamA, w.WorkerA), w.WorkerA);
        var refused = await SubmitAsync(token, new(AllAgree) { ["a.p03"] = "9" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Sommige antwoorden konden we niet lezen", await refused.Content.ReadAsStringAsync());
        Assert.Equal(0, await ResponsesOfAsync(w.WorkerA));
        Assert.Equal(HttpStatusCode.OK, (await app.As(null).GetAsync($"/v/{token}")).StatusCode);
    }

    [Theory]
    [InlineData("not-an-address")]
    [InlineData("ouder@localhost")]
    [InlineData("a@b.be, c@d.be")]
    public async Task A_follow_up_address_that_is_not_one_is_refused(string email)
    {
        var w = await VoicesWorld.CreateAsync(app);
        var token = await InviteAsync(await w.CaseAsync(app, w.TeamA, w.WorkerA), w.WorkerA);
        var refused = await SubmitAsync(token, AllAgree, "true", email);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Dit e-mailadres lijkt niet te kloppen", await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(token, AllAgree, "true", "ouder@example.be")).StatusCode);
    }
}
