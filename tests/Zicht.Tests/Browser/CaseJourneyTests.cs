using Microsoft.Playwright;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Browser;

/// <summary>The foundation's main journey, as a caseworker and a privacy officer do it in a browser.</summary>
[Collection(Zicht.Tests.Browser.BrowserJourneys.Name)]
public class CaseJourneyTests(ZichtServer server) : IClassFixture<ZichtServer>
{
    [Fact]
    public async Task Caseworker_adds_a_minor_and_a_network_member_and_the_privacy_officer_sees_it_in_the_trail()
    {
        var world = await server.Data.WorldAsync();
        var worker = await server.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var privacy = await server.Data.StaffAsync(world, Roles.PrivacyOfficer);
        var c = await server.Data.CaseAsync(world, world.TeamA, worker);
        await using var browser = await BrowserSession.OpenAsync(server.BaseUrl);
        var page = browser.Page;

        await browser.SignInAsync(worker.UserName!);
        await page.GotoAsync("/dossiers");
        await browser.AssertAccessibleAsync();
        // The caseload names the family: the link is the children's names, the reference stands beside it.
        await page.GetByRole(AriaRole.Row).Filter(new() { HasText = c.Reference }).GetByRole(AriaRole.Link, new() { Name = "Lotte Testkind" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(c.Reference);
        await browser.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Persoon toevoegen" }).ClickAsync();
        await browser.AssertAccessibleAsync();
        await page.GetByLabel("Minderjarige").First.CheckAsync();
        await page.GetByLabel("Volledige naam").FillAsync("Noor Vermeulen");
        await page.GetByLabel("Geboortedatum").FillAsync("2018-06-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Noor Vermeulen bewaard.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Persoon toevoegen" }).ClickAsync();
        await page.GetByLabel("Netwerk", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Volledige naam").FillAsync("Rita Vermeulen");
        await page.GetByLabel("Relatie").FillAsync("grootmoeder");
        await page.GetByLabel("Soort band (netwerkleden)").SelectOptionAsync("Family");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Rita Vermeulen" })).ToBeVisibleAsync();
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotForDocsAsync("case.png");

        await browser.SignOutAsync();

        await browser.SignInAsync(privacy.UserName!);
        await page.GotoAsync($"/audit/dossiers/{c.Id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Rita Vermeulen");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync(worker.UserName!);
        await browser.AssertAccessibleAsync();
        await browser.SignOutAsync();
    }

    [Fact]
    public async Task A_worker_of_another_team_gets_the_not_found_page_for_the_case()
    {
        var world = await server.Data.WorldAsync();
        var owner = await server.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var outsider = await server.Data.StaffAsync(world, Roles.Caseworker, world.TeamB);
        var c = await server.Data.CaseAsync(world, world.TeamA, owner);
        await using var browser = await BrowserSession.OpenAsync(server.BaseUrl);

        await browser.SignInAsync(outsider.UserName!);
        var response = await browser.Page.GotoAsync($"/dossiers/{c.Id}");

        Assert.Equal(404, response!.Status);
        await Assertions.Expect(browser.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Pagina niet gevonden");
        await Assertions.Expect(browser.Page.GetByText("Lotte Testkind")).ToHaveCountAsync(0);
        await browser.AssertAccessibleAsync();
    }
}
