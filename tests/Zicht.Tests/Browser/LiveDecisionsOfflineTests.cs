using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Zicht.Features.LiveMapping;
using Zicht.Features.Mapping;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Browser;

/// <summary>
/// Issue 14, the rough edges: the worker's decisions queued while offline (and a late one meeting a change
/// made meanwhile gets the choice on the page), and a participant's phone without JavaScript keeping the typed text.
/// </summary>
[Collection(BrowserJourneys.Name)]
public class LiveDecisionsOfflineTests(ZichtServer server) : IClassFixture<ZichtServer>
{
    [Fact]
    public async Task Decisions_made_offline_are_sent_when_back_online_and_a_late_rewording_over_a_change_shows_the_choice()
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
        var meetingId = Guid.Parse(new Uri(page.Url).Segments[^1]);
        var (kept, dropped) = (Guid.NewGuid(), Guid.NewGuid());
        await server.Data.WithDbAsync(async db =>
        {
            db.AddRange(
                new LiveProposal { Id = kept, CaseId = c.Id, MeetingId = meetingId, Section = MappingSection.ExistingSafety, Text = "Oma Rita belt elke avond", SaidBy = Speaker.NetworkMember, AddedAt = DateTime.UtcNow },
                new LiveProposal { Id = dropped, CaseId = c.Id, MeetingId = meetingId, Section = MappingSection.ExistingSafety, Text = "Alles is in orde", SaidBy = Speaker.Parent, AddedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        });
        await Assertions.Expect(page.Locator($"li[data-proposal='{dropped}']")).ToBeVisibleAsync();

        await desk.Context.SetOfflineAsync(true);
        await page.Locator($"li[data-proposal='{kept}']").GetByRole(AriaRole.Button, new() { Name = "Opnemen", Exact = true }).ClickAsync();
        await page.Locator($"li[data-proposal='{dropped}']").GetByRole(AriaRole.Button, new() { Name = "Niet opnemen", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-decide-status]")).ToContainTextAsync("2 beslissing");
        await desk.Context.SetOfflineAsync(false);

        await Assertions.Expect(page.Locator("[data-decide-status]")).ToBeEmptyAsync();
        await Assertions.Expect(page.Locator($"li[data-proposal='{dropped}']")).ToContainTextAsync("niet opgenomen");
        var statuses = await server.Data.WithDbAsync(db => db.Set<LiveProposal>().IgnoreQueryFilters().Where(p => p.MeetingId == meetingId).OrderBy(p => p.Text).Select(p => p.Status).ToListAsync());
        Assert.Equal([ProposalStatus.Declined, ProposalStatus.Accepted], statuses);

        // Offline again, the worker rewords; meanwhile the statement is changed elsewhere. Back online: the choice, nothing overwritten.
        var row = page.Locator($"li[data-proposal='{kept}']");
        await Assertions.Expect(row).ToContainTextAsync("opgenomen");
        await desk.Context.SetOfflineAsync(true);
        await row.Locator("summary").ClickAsync();
        await row.GetByLabel("Formulering in de mapping").FillAsync("Oma Rita belt elke avond om zeven uur");
        await row.GetByRole(AriaRole.Button, new() { Name = "Deze formulering opnemen" }).ClickAsync();
        await server.Data.WithDbAsync(async db =>
        {
            (await db.Set<MappingStatement>().IgnoreQueryFilters().SingleAsync(s => s.Id == kept)).Text = "Oma Rita belt als mama het vraagt";
            await db.SaveChangesAsync();
        });
        await desk.Context.SetOfflineAsync(false);

        await Assertions.Expect(page.Locator(".conflict .theirs")).ToHaveTextAsync("Oma Rita belt als mama het vraagt");
        await Assertions.Expect(page.Locator(".conflict .mine")).ToHaveTextAsync("Oma Rita belt elke avond om zeven uur");
        Assert.Equal("Oma Rita belt als mama het vraagt", await server.Data.WithDbAsync(db => db.Set<MappingStatement>().IgnoreQueryFilters().Where(s => s.Id == kept).Select(s => s.Text).SingleAsync()));
        await desk.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_phone_without_javascript_keeps_the_typed_text_when_showing_what_is_new()
    {
        var world = await server.Data.WorldAsync();
        var worker = await server.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await server.Data.CaseAsync(world, world.TeamA, worker);
        await using var desk = await BrowserSession.OpenAsync(server.BaseUrl);
        await using var phone = await BrowserSession.OpenAsync(server.BaseUrl, phone: true, javaScript: false);
        await desk.SignInAsync(worker.UserName!);
        await desk.Page.GotoAsync($"/dossiers/{c.Id}/overleg");
        await desk.Page.GetByRole(AriaRole.Button, new() { Name = "Live overleg openen" }).ClickAsync();
        var code = (await desk.Page.Locator("[data-code]").InnerTextAsync()).Trim();

        await phone.Page.GotoAsync("/doe-mee");
        await phone.Page.GetByLabel("Code").FillAsync(code);
        await phone.Page.GetByLabel("Je naam").FillAsync("Sarah");
        await phone.Page.GetByLabel("Ouder", new() { Exact = true }).CheckAsync();
        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Meedoen" }).ClickAsync();
        await phone.Page.GetByLabel("Wat wil je zeggen?").FillAsync("Ik ben nog aan het typen");

        await desk.Page.GetByLabel("Uitspraak", new() { Exact = true }).FillAsync("De buurvrouw heeft een sleutel");
        await desk.Page.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();
        await Assertions.Expect(desk.Page.Locator("#live-board")).ToContainTextAsync("De buurvrouw heeft een sleutel");

        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Toon wat nieuw is (je tekst blijft staan)" }).ClickAsync();
        await Assertions.Expect(phone.Page.Locator("#live-board")).ToContainTextAsync("De buurvrouw heeft een sleutel");
        await Assertions.Expect(phone.Page.GetByLabel("Wat wil je zeggen?")).ToHaveValueAsync("Ik ben nog aan het typen");
        // axe cannot run in a page without JavaScript; the participant page is checked with axe in LiveMeetingJourneyTests.
    }
}
