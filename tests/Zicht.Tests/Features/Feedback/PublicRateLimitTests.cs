using System.Net;

namespace Zicht.Tests.Features.Feedback;

/// <summary>The public feedback pages need no account, so each client address gets a fixed number of requests per minute.</summary>
public class PublicRateLimitTests(PublicRateLimitTests.LimitedApp app) : IClassFixture<PublicRateLimitTests.LimitedApp>
{
    public sealed class LimitedApp : ZichtApp
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Zicht:Feedback:PublicRequestsPerMinute"] = "3" };
    }

    [Fact]
    public async Task Hammering_the_token_lookup_is_answered_with_429_while_staff_pages_are_not_limited()
    {
        var client = app.NewClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.GetAsync($"/v/guessed-token-{i}", TestContext.Current.CancellationToken)).StatusCode);
        }

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, statuses.Take(3));
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses.Skip(3));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/aanmelden", TestContext.Current.CancellationToken)).StatusCode);
    }
}
