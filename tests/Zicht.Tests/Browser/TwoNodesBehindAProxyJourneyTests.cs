using System.Collections.Concurrent;
using Microsoft.Playwright;
using Yarp.ReverseProxy.Model;
using Zicht.Infrastructure.Auth;
using Zicht.Tests.Features.ChildVoice;
using Zicht.Tests.Features.Operations.Faults;

namespace Zicht.Tests.Browser;

/// <summary>
/// A caseworker's browser in front of a real reverse proxy with two real node processes behind it:
/// sign in on one node, work on the other, upload on one and download on the other, then one node dies
/// and the work goes on. Every page names the node that served it (X-Zicht-Node, set by the proxy).
/// </summary>
[Collection(BrowserJourneys.Name)]
public class TwoNodesBehindAProxyJourneyTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task Signed_in_on_one_node_a_caseworker_uploads_on_the_other_downloads_on_the_first_and_works_on_when_one_dies()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        await using var a = await NodeProcess.StartAsync("a", app.Database, ReverseProxy.TrustingNodeSettings);
        await using var b = await NodeProcess.StartAsync("b", app.Database, ReverseProxy.TrustingNodeSettings);
        await using var proxy = await ReverseProxy.StartAsync(a, b);
        await using var browser = await BrowserSession.OpenAsync(proxy.Url);
        var page = browser.Page;
        var pages = new ConcurrentQueue<(string Method, string Url, string? Node)>();
        page.Response += (_, r) =>
        {
            if (r.Request.ResourceType == "document")
            {
                pages.Enqueue((r.Request.Method, r.Url, r.Headers.GetValueOrDefault("x-zicht-node")));
            }
        };

        proxy.Steer = "a";
        await browser.SignInAsync(worker.UserName!);
        Assert.Contains(pages, p => p.Method == "POST" && p.Url.Contains("/aanmelden", StringComparison.Ordinal) && p.Node == "a");

        proxy.Steer = "b";
        pages.Clear();
        await page.GotoAsync($"/dossiers/{c.Id}/stem-van-het-kind");
        await page.GetByLabel("In de eigen woorden van het kind").FillAsync("Ik teken mijn huis met de hond");
        await page.GetByLabel("Tekening of foto (PNG of JPEG, niet verplicht)").SetInputFilesAsync(new FilePayload
        {
            Name = "huis.png",
            MimeType = "image/png",
            Buffer = ChildVoiceTests.TinyPng,
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren", Exact = true }).ClickAsync();
        var drawing = page.GetByRole(AriaRole.Link, new() { Name = "Tekening: huis.png" });
        await Assertions.Expect(drawing).ToBeVisibleAsync();
        await browser.AssertAccessibleAsync();
        Assert.All(pages, p => Assert.Equal("b", p.Node)); // signed in on a, worked on b

        proxy.Steer = "a";
        var download = await page.Context.APIRequest.GetAsync((await drawing.GetAttributeAsync("href"))!);
        Assert.Equal(200, download.Status);
        Assert.Equal("a", download.Headers["x-zicht-node"]);
        Assert.True((await download.BodyAsync()).AsSpan().StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47 }));

        await a.KillAsync();
        await proxy.WaitUntilAsync("a", DestinationHealth.Unhealthy);
        pages.Clear();
        await page.ReloadAsync();
        await page.GetByLabel("In de eigen woorden van het kind").FillAsync("Papa en mama maken geen ruzie meer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Papa en mama maken geen ruzie meer")).ToBeVisibleAsync();
        await Assertions.Expect(drawing).ToBeVisibleAsync();
        Assert.NotEmpty(pages);
        Assert.All(pages, p => Assert.Equal("b", p.Node)); // still signed in, nothing lost, on the node that lives
    }
}
