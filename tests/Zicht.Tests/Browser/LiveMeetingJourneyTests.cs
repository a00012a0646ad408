using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Zicht.Features.LiveMapping;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Browser;

/// <summary>
/// Issue 14 in two browsers on two app nodes sharing one database: the worker's board on one node, a
/// parent on a phone on the other. The parent's proposal appears on the board without a reload, is
/// accepted, the closing saves the version, and the family view shows it on the parent's phone.
/// </summary>
[Collection(BrowserJourneys.Name)]
public class LiveMeetingJourneyTests(ZichtServer server) : IClassFixture<ZichtServer>
{
    [Fact]
    public async Task A_parents_proposal_reaches_the_board_is_accepted_saved_and_shown_in_the_family_view()
    {
        await using var secondNode = new ZichtServer { SharedDatabase = server.Database };
        await secondNode.InitializeAsync();
        var world = await server.Data.WorldAsync();
        var worker = await server.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await server.Data.CaseAsync(world, world.TeamA, worker);
        await using var desk = await BrowserSession.OpenAsync(server.BaseUrl);
        await using var phone = await BrowserSession.OpenAsync(secondNode.BaseUrl, phone: true);
        var board = desk.Page;
        await desk.SignInAsync(worker.UserName!);

        await board.GotoAsync($"/dossiers/{c.Id}/mapping");
        await board.GetByRole(AriaRole.Link, new() { Name = "Live mappen in een overleg" }).ClickAsync();
        await board.GetByRole(AriaRole.Button, new() { Name = "Live overleg openen" }).ClickAsync();
        var code = (await board.Locator("[data-code]").InnerTextAsync()).Trim();
        await desk.AssertAccessibleAsync();

        await phone.Page.GotoAsync("/doe-mee");
        await phone.Page.GetByLabel("Code").FillAsync(code);
        await phone.Page.GetByLabel("Je naam").FillAsync("Sarah");
        await phone.Page.GetByLabel("Ouder", new() { Exact = true }).CheckAsync();
        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Meedoen" }).ClickAsync();
        await phone.Page.GetByLabel("Onder welke rubriek?").SelectOptionAsync("SafetyGoal");
        await phone.Page.GetByLabel("Wat wil je zeggen?").FillAsync("Lotte mag bij oma slapen als het thuis ruzie is");
        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Versturen" }).ClickAsync();
        await phone.AssertAccessibleAsync();

        // The board follows without a reload (server-sent events from the other node's change).
        var proposal = board.Locator("li.proposal", new() { HasText = "Lotte mag bij oma slapen" });
        await Assertions.Expect(proposal).ToContainTextAsync("voorstel");
        await desk.AssertAccessibleAsync();
        await proposal.GetByRole(AriaRole.Button, new() { Name = "Opnemen", Exact = true }).ClickAsync();
        await Assertions.Expect(phone.Page.Locator("li.proposal", new() { HasText = "Lotte mag bij oma slapen" })).ToContainTextAsync("opgenomen");

        await board.GetByLabel("Datum van het overleg").FillAsync("2026-11-02");
        await board.GetByLabel("Afspraken").FillAsync("Oma Rita haalt Lotte op woensdag");
        await board.GetByRole(AriaRole.Button, new() { Name = "Afsluiten en versie bewaren" }).ClickAsync();
        await Assertions.Expect(board.GetByText("Versie 1 van de mapping bewaard.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(phone.Page.GetByRole(AriaRole.Heading, new() { Name = "Dit overleg is voorbij" })).ToBeVisibleAsync();

        await board.GotoAsync($"/dossiers/{c.Id}/gezinsweergave");
        await board.GetByLabel("Lotte mag bij oma slapen als het thuis ruzie is").CheckAsync();
        await board.GetByLabel("Voor wie").FillAsync("mama Sarah");
        await board.GetByRole(AriaRole.Button, new() { Name = "Link maken" }).ClickAsync();
        var link = new Uri((await board.Locator("[data-family-link]").GetAttributeAsync("href"))!).PathAndQuery;
        await desk.AssertAccessibleAsync();

        await phone.Page.GotoAsync(link);
        await Assertions.Expect(phone.Page.GetByRole(AriaRole.Heading, new() { Name = "Wat er moet veranderen" })).ToBeVisibleAsync();
        await Assertions.Expect(phone.Page.GetByText("Lotte mag bij oma slapen als het thuis ruzie is")).ToBeVisibleAsync();
        await phone.AssertAccessibleAsync();
    }

    [Fact]
    public async Task Additions_made_offline_are_queued_and_sent_once_when_the_connection_returns()
    {
        var world = await server.Data.WorldAsync();
        var worker = await server.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await server.Data.CaseAsync(world, world.TeamA, worker);
        await using var desk = await BrowserSession.OpenAsync(server.BaseUrl);
        var page = desk.Page;
        await desk.SignInAsync(worker.UserName!);
        await page.GotoAsync($"/dossiers/{c.Id}/overleg");
        await page.GetByRole(AriaRole.Button, new() { Name = "Live overleg openen" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-code]")).ToBeVisibleAsync();

        await desk.Context.SetOfflineAsync(true);
        foreach (var text in new[] { "Papa is weer aan het werk", "De buurvrouw heeft een sleutel" })
        {
            await page.GetByLabel("Uitspraak", new() { Exact = true }).FillAsync(text);
            await page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();
        }
        await Assertions.Expect(page.Locator("[data-queue-status]")).ToContainTextAsync("2 wacht");
        await desk.Context.SetOfflineAsync(false);

        await Assertions.Expect(page.Locator("#live-board")).ToContainTextAsync("De buurvrouw heeft een sleutel");
        await Assertions.Expect(page.Locator("[data-queue-status]")).ToBeEmptyAsync();
        var count = await server.Data.WithDbAsync(db => db.Set<LiveProposal>().IgnoreQueryFilters().CountAsync(p => p.CaseId == c.Id));
        Assert.Equal(2, count);
    }
}
