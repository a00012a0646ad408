using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Tests.Features.LiveMapping;

namespace Zicht.Tests.Features.Operations.Faults;

/// <summary>Two node processes behind a real reverse proxy, over HTTP (the browser journey is TwoNodesBehindAProxyJourneyTests).</summary>
public class BehindTheProxyTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    private static readonly IPAddress Visitor = IPAddress.Parse("127.0.0.9");

    [Fact]
    public async Task A_forwarded_address_is_believed_from_the_configured_proxy_and_from_nobody_else()
    {
        await using var a = await NodeProcess.StartAsync("a", app.Database, ReverseProxy.TrustingNodeSettings);
        await using var proxy = await ReverseProxy.StartAsync(a);

        await FailSignInAsync(proxy.Url, Visitor, forged: "203.0.113.8"); // through the proxy
        await FailSignInAsync(a.Url, Visitor, forged: "203.0.113.7"); // straight to the node
        await FailSignInAsync(a.Url, IPAddress.Loopback, forged: "203.0.113.6"); // from the node's own host

        var reasons = await app.Data.WithDbAsync(db => db.AuditTrail.Where(l => l.Action == AuditActions.SignInFailed).Select(l => l.Reason!).ToListAsync());
        Assert.Equal(2, reasons.Count(r => r.EndsWith("from 127.0.0.9", StringComparison.Ordinal))); // the proxy's word was taken
        Assert.Contains(reasons, r => r.EndsWith("from 127.0.0.1", StringComparison.Ordinal)); // loopback is not trusted once a proxy is named
        Assert.DoesNotContain(reasons, r => r.Contains("from 203.0.113.", StringComparison.Ordinal) || r.EndsWith("from 127.0.0.2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_proposal_posted_on_one_node_reaches_a_board_streaming_through_the_proxy_from_the_other()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        await using var a = await NodeProcess.StartAsync("a", app.Database, ReverseProxy.TrustingNodeSettings);
        await using var b = await NodeProcess.StartAsync("b", app.Database, ReverseProxy.TrustingNodeSettings);
        await using var proxy = await ReverseProxy.StartAsync(a, b);
        proxy.Steer = "b";
        using var board = await NodeKillTests.SignedInAsync(proxy.Url, worker.UserName!);
        var opened = await board.SubmitAsync($"/dossiers/{c.Id}/overleg", new Dictionary<string, string> { ["kind"] = "Conversation" });
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var boardUrl = $"/dossiers/{c.Id}/overleg/{opened.Headers.Location!.ToString().Split('/')[^1]}";
        using var phone = Client(a.Url, IPAddress.Loopback);
        var joined = await phone.SubmitAsync("/doe-mee", new Dictionary<string, string>
        {
            ["Code"] = await LiveSetup.CodeAsync(board, boardUrl),
            ["Name"] = "Sarah",
            ["Role"] = "Parent",
        }, "main form");
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);

        using var stream = await board.GetAsync(boardUrl + "/stroom", HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", stream.Content.Headers.ContentType?.MediaType);
        Assert.Equal("b", stream.Headers.GetValues(ReverseProxy.NodeHeader).Single());
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync());
        var before = await NextEventAsync(reader);
        await LiveSetup.ProposeAsync(phone, "Bompa Jan kan bellen als het misloopt", "ExistingSafety"); // on node a
        var after = await NextEventAsync(reader);

        Assert.NotEqual(before, after);
    }

    private static async Task FailSignInAsync(string url, IPAddress from, string forged)
    {
        using var client = Client(url, from);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forged);
        var refused = await client.SubmitAsync("/aanmelden", new Dictionary<string, string>
        {
            ["Input.UserName"] = "niemand",
            ["Input.Password"] = "Verkeerd-123456",
        });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
    }

    private static HttpClient Client(string url, IPAddress from) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, ConnectCallback = ReverseProxy.ConnectFrom(from) })
        {
            BaseAddress = new Uri(url),
            Timeout = TimeSpan.FromMinutes(2),
        };

    private static async Task<string> NextEventAsync(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return line[6..];
            }
        }
        throw new InvalidOperationException("The stream ended.");
    }
}
