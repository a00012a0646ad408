// HTTP calls here are short; cancelling a test mid-request gains nothing.
#pragma warning disable xUnit1051
using System.Net;
using Xunit;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Feedback;

/// <summary>
/// A feedback link is a key to a family's questionnaire: whatever happens to it (used, wrong, refused,
/// expired), it never reaches a log. (test.sh also scans the logs of the whole suite for tokens and passwords.)
/// </summary>
public class SecretsStayOutOfLogsTests(VoicesApp app) : IClassFixture<VoicesApp>
{
    [Fact]
    public async Task A_feedback_link_never_reaches_a_log_whatever_is_done_with_it()
    {
        var w = await VoicesWorld.CreateAsync(app);
        var caseId = await w.CaseAsync(app, w.TeamA, w.WorkerA);
        var invite = await VoicesApp.PostFormAsync(app.As(w.WorkerA, Roles.Caseworker), $"/dossiers/{caseId}/feedback", [new("respondent", "Parent")]);
        var html = await invite.Content.ReadAsStringAsync();
        var start = html.IndexOf("/v/", html.IndexOf("link-box", StringComparison.Ordinal), StringComparison.Ordinal) + 3;
        var token = html.Substring(start, 43);
        var anonymous = app.As(null);

        await anonymous.GetAsync($"/v/{token}");
        await VoicesApp.PostFormAsync(anonymous, $"/v/{token}", [new("a.p01", "99"), new("action", "submit")]);
        await VoicesApp.PostFormAsync(anonymous, $"/v/{token}", [new("action", "submit")]);
        await VoicesApp.PostFormAsync(anonymous, $"/v/{token}", [new("a.p01", "4"), new("action", "submit"), new("consent", "false")]);
        var used = await anonymous.GetAsync($"/v/{token}");
        await anonymous.GetAsync($"/v/{token[..^1]}x");
        await anonymous.GetAsync($"/v/{token}/../../etc/passwd");

        Assert.Equal(HttpStatusCode.NotFound, used.StatusCode);
        Assert.NotEmpty(SuiteLog.Lines);
        Assert.DoesNotContain(SuiteLog.Lines, l => l.Contains(token, StringComparison.Ordinal) || l.Contains(token[..20], StringComparison.Ordinal));
    }
}
