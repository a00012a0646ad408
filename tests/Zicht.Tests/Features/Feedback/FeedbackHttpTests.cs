// HTTP calls here are short; cancelling a test mid-request gains nothing.
#pragma warning disable xUnit1051
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using Zicht.Features.Feedback;
using Zicht.Features.Surveys;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Feedback;

public class FeedbackHttpTests(VoicesApp app) : IClassFixture<VoicesApp>
{
    private static readonly Dictionary<string, string> AllAgree =
        Enumerable.Range(1, 14).ToDictionary(i => $"a.p{i:00}", _ => "4");

    private async Task<string> InviteAsync(Guid caseId, Guid worker, Audience who = Audience.Parent)
    {
        var client = app.As(worker, Roles.Caseworker);
        var response = await VoicesApp.PostFormAsync(client, $"/dossiers/{caseId}/feedback", [new("respondent", who.ToString())]);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<svg", html);
        var start = html.IndexOf("/v/", html.IndexOf("link-box", StringComparison.Ordinal), StringComparison.Ordinal) + 3;
        return html.Substring(start, 43);
    }

    private static Task<HttpResponseMessage> AnswerAsync(HttpClient client, string token, Dictionary<string, string> answers, string action = "submit") =>
        VoicesApp.PostFormAsync(client, $"/v/{token}", answers.Append(new("action", action)).Append(new("consent", "false")));

    [Fact]
    public async Task Worker_invites_a_parent_who_answers_once_without_an_account()
    {
        var w = await VoicesWorld.CreateAsync(app);
        var caseId = await w.CaseAsync(app, w.TeamA, w.WorkerA);
        var token = await InviteAsync(caseId, w.WorkerA);
        var anonymous = app.As(null);
        var form = await anonymous.GetAsync($"/v/{token}");
        var html = await form.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("De consulent luistert naar me", html);
        Assert.DoesNotContain(await app.DbAsync((db, _) => db.Cases.Where(c => c.Id == caseId).Select(c => c.Reference).FirstAsync()), html);

        var done = await AnswerAsync(anonymous, token, AllAgree);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var again = await anonymous.GetAsync($"/v/{token}");
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Contains("Deze link werkt niet meer", await again.Content.ReadAsStringAsync());
        Assert.Equal(1, await app.DbAsync((db, _) => db.Set<FeedbackResponse>().CountAsync(r => r.WorkerId == w.WorkerA)));
    }

    [Fact]
    public async Task Unknown_used_and_expired_links_look_exactly_the_same()
    {
        var w = await VoicesWorld.CreateAsync(app);
        var caseId = await w.CaseAsync(app, w.TeamA, w.WorkerA);
        var used = await InviteAsync(caseId, w.WorkerA);
        await AnswerAsync(app.As(null), used, AllAgree);
        var expired = await InviteAsync(caseId, w.WorkerA);
        var hash = InvitationToken.Hash(expired);
        await app.DbAsync((db, _) => db.Set<FeedbackInvitation>().Where(i => i.TokenHash == hash)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ExpiresAt, DateTime.UtcNow.AddMinutes(-1))));
        var unknown = InvitationToken.New();
        var bodies = new List<string>();
        foreach (var token in new[] { used, expired, unknown, "not-a-token" })
        {
            var response = await app.As(null).GetAsync($"/v/{token}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var body = (await response.Content.ReadAsStringAsync()).Replace(token, "TOKEN", StringComparison.Ordinal);
            // The layout's language switch carries a fresh antiforgery token on every page.
            bodies.Add(System.Text.RegularExpressions.Regex.Replace(body, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]+\"", "AF"));
        }
        Assert.All(bodies, b => Assert.Equal(bodies[0], b));
        Assert.DoesNotContain("De consulent", bodies[0]);
    }

    [Fact]
    public async Task Answers_can_be_saved_and_resumed_before_submitting()
    {
        var w = await VoicesWorld.CreateAsync(app);
        var token = await InviteAsync(await w.CaseAsync(app, w.TeamA, w.WorkerA), w.WorkerA);
        var client = app.As(null);
        var saved = await AnswerAsync(client, token, new() { ["a.p01"] = "2", ["a.p_open"] = "Meer tijd graag" }, "save");
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var resumed = await (await app.As(null).GetAsync($"/v/{token}")).Content.ReadAsStringAsync();
        Assert.Contains("value=\"2\" checked=\"checked\"", resumed);
        Assert.Contains("Meer tijd graag", resumed);
        var audit = await app.DbAsync((db, _) => db.AuditTrail.Where(a => a.EntityType == nameof(FeedbackInvitation)).Select(a => a.Changes).ToListAsync());
        Assert.DoesNotContain(audit, c => c != null && c.Contains("Meer tijd graag", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_crash_in_the_middle_of_a_submission_leaves_nothing_and_a_retry_stores_exactly_once()
    {
        var w = await VoicesWorld.CreateAsync(app);
        var token = await InviteAsync(await w.CaseAsync(app, w.TeamA, w.WorkerA), w.WorkerA);
        var client = app.As(null);
        app.Crash.ArmedFor = "INSERT INTO \"FeedbackResponse\" (";
        var crashed = await AnswerAsync(client, token, AllAgree);
        Assert.Equal(HttpStatusCode.InternalServerError, crashed.StatusCode);
        var hash = InvitationToken.Hash(token);
        var invitationId = await app.DbAsync((db, _) => db.Set<FeedbackInvitation>().Where(i => i.TokenHash == hash).Select(i => i.Id).FirstAsync());
        Assert.Equal(0, await app.DbAsync((db, _) => db.Set<FeedbackResponse>().CountAsync(r => r.WorkerId == w.WorkerA)));
        Assert.Null(await app.DbAsync((db, _) => db.Set<FeedbackInvitation>().Where(i => i.Id == invitationId).Select(i => i.UsedAt).FirstAsync()));

        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(client, token, AllAgree)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await AnswerAsync(client, token, AllAgree)).StatusCode);
        Assert.Equal(1, await app.DbAsync((db, _) => db.Set<FeedbackResponse>().CountAsync(r => r.WorkerId == w.WorkerA)));
    }

    [Fact]
    public async Task Two_submissions_racing_on_one_link_store_one_response()
    {
        var w = await VoicesWorld.CreateAsync(app);
        var token = await InviteAsync(await w.CaseAsync(app, w.TeamA, w.WorkerA), w.WorkerA);
        var scopes = app.Services.GetRequiredService<IServiceScopeFactory>();
        await using var first = scopes.CreateAsyncScope();
        await using var second = scopes.CreateAsyncScope();
        // Two requests (a double tap, a retry) that both loaded the open invitation before either saved.
        var loaded = new[] { first, second }.Select(async s =>
            (s, (await s.ServiceProvider.GetRequiredService<FeedbackInvitations>().FindOpenAsync(token))!)).ToList();
        var pairs = await Task.WhenAll(loaded);
        var answers = AllAgree.ToDictionary(a => a.Key[2..], a => a.Value);
        var results = new List<SubmitResult>();
        foreach (var (scope, invitation) in pairs)
        {
            var instrument = await scope.ServiceProvider.GetRequiredService<InstrumentStore>().GetAsync(invitation.InstrumentVersionId);
            results.Add(await scope.ServiceProvider.GetRequiredService<FeedbackSubmission>().SubmitAsync(invitation, instrument, answers, false, null));
        }
        Assert.Equal([SubmitResult.Stored, SubmitResult.AlreadyStored], results);
        Assert.Equal(1, await app.DbAsync((db, _) => db.Set<FeedbackResponse>().CountAsync(r => r.WorkerId == w.WorkerA)));
    }

    [Fact]
    public async Task A_worker_of_another_team_cannot_invite_on_a_case()
    {
        var w = await VoicesWorld.CreateAsync(app);
        var caseId = await w.CaseAsync(app, w.TeamA, w.WorkerA);
        Assert.Equal(HttpStatusCode.NotFound, (await app.As(w.WorkerB, Roles.Caseworker).GetAsync($"/dossiers/{caseId}/feedback")).StatusCode);
    }

    [Fact]
    public async Task Tokens_are_stored_only_as_hashes()
    {
        var w = await VoicesWorld.CreateAsync(app);
        var token = await InviteAsync(await w.CaseAsync(app, w.TeamA, w.WorkerA), w.WorkerA);
        Assert.False(await app.DbAsync((db, _) => db.Set<FeedbackInvitation>().AnyAsync(i => i.TokenHash == token)));
        var trail = await app.DbAsync((db, _) => db.AuditTrail.Where(a => a.Action == AuditActions.Create && a.EntityType == nameof(FeedbackInvitation)).Select(a => a.Changes!).ToListAsync());
        Assert.DoesNotContain(trail, c => c.Contains(InvitationToken.Hash(token), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Answers_survive_switching_language_halfway()
    {
        var w = await VoicesWorld.CreateAsync(app);
        var caseId = await w.CaseAsync(app, w.TeamA, w.WorkerA);
        var token = await InviteAsync(caseId, w.WorkerA);
        var parent = app.As(null);
        var dutch = await (await parent.GetAsync($"/v/{token}")).Content.ReadAsStringAsync();
        Assert.Contains("name=\"language\" value=\"en-GB\"", dutch);
        Assert.DoesNotContain("action=\"/taal\"", dutch); // the header switch would lose what was typed

        var switched = await VoicesApp.PostFormAsync(parent, $"/v/{token}",
            [new("a.p01", "5"), new("a.p02", "2"), new("a.p_open", "Halverwege"), new("consent", "true"), new("email", "ouder@example.be"), new("language", "en-GB")]);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Contains(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal) && c.Contains("en-GB", StringComparison.Ordinal));
        Assert.Equal(0, await app.DbAsync((db, _) => db.Set<FeedbackResponse>().CountAsync(r => r.WorkerId == w.WorkerA))); // nothing sent yet

        var request = new HttpRequestMessage(HttpMethod.Get, $"/v/{token}");
        request.Headers.Add("Cookie", string.Join("; ", switched.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        var english = await (await parent.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("Send my answers", english);
        Assert.Contains("id=\"q-p01-5\" name=\"a.p01\" value=\"5\" checked=\"checked\"", english);
        Assert.Contains("id=\"q-p02-2\" name=\"a.p02\" value=\"2\" checked=\"checked\"", english);
        Assert.Contains(">Halverwege</textarea>", english);
        Assert.Contains("value=\"ouder@example.be\"", english);
        Assert.Matches("name=\"consent\" value=\"true\" checked=\"checked\"", english);
    }
}
