using Microsoft.Playwright;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Browser;

/// <summary>
/// Issue 10, the day's pass: the sign-in page, the network page and the child's voice with the example-questions side
/// panel open, the network-meeting template, its minutes and the six-monthly evaluation report, with axe on a phone
/// and a desktop; and the template and the report used as a worker would.
/// </summary>
[Collection(BrowserJourneys.Name)]
public class MeetingAndEvaluationJourneyTests(ZichtServer server) : IClassFixture<ZichtServer>
{
    [Fact]
    public async Task Sign_in_network_childs_voice_template_minutes_and_evaluation_pass_axe_on_phone_and_desktop()
    {
        var world = await server.Data.WorldAsync();
        var worker = await server.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await server.Data.CaseAsync(world, world.TeamA, worker);
        await server.Data.WithDbAsync(async db =>
        {
            db.Add(new Zicht.Features.Network.NetworkMeeting { CaseId = c.Id, HeldOn = new DateOnly(2026, 4, 2), Attendees = "mama, oma", Agenda = "1. Wie is er" });
            await db.SaveChangesAsync();
        });
        var meetingId = await server.Data.WithDbAsync(db => Task.FromResult(db.Set<Zicht.Features.Network.NetworkMeeting>().Single(m => m.CaseId == c.Id).Id));

        foreach (var phone in new[] { true, false })
        {
            await using var browser = await BrowserSession.OpenAsync(server.BaseUrl, phone);
            var page = browser.Page;
            await page.GotoAsync("/aanmelden");
            await Assertions.Expect(page.GetByLabel("Gebruikersnaam")).ToBeVisibleAsync();
            await browser.AssertAccessibleAsync();
            await browser.SignInAsync(worker.UserName!);

            await page.GotoAsync($"/dossiers/{c.Id}/netwerk");
            await page.Locator("aside.example-questions summary").First.ClickAsync();
            await Assertions.Expect(page.Locator("aside.example-questions").First).ToBeVisibleAsync();
            await browser.AssertAccessibleAsync();
            await page.GotoAsync($"/dossiers/{c.Id}/stem-van-het-kind");
            await page.Locator("aside.example-questions summary").First.ClickAsync();
            await Assertions.Expect(page.Locator("aside.example-questions").First).ToBeVisibleAsync();
            await browser.AssertAccessibleAsync();
            await page.GotoAsync($"/dossiers/{c.Id}/netwerk/overleg");
            await Assertions.Expect(page.Locator("fieldset.template-part")).ToHaveCountAsync(11);
            await browser.AssertAccessibleAsync();
            await page.GotoAsync($"/dossiers/{c.Id}/netwerk/overleg/{meetingId}/verslag");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Netwerkberaad van");
            await browser.AssertAccessibleAsync();
            await page.GotoAsync($"/dossiers/{c.Id}/verslagen/halfjaarlijks");
            await Assertions.Expect(page.GetByLabel("Jouw antwoord").First).ToBeVisibleAsync();
            await browser.AssertAccessibleAsync();
            await browser.SignOutAsync();
        }
    }

    [Fact]
    public async Task A_worker_records_a_meeting_along_the_template_and_writes_the_evaluation_from_the_case()
    {
        var world = await server.Data.WorldAsync();
        var worker = await server.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await server.Data.CaseAsync(world, world.TeamA, worker);
        await using var browser = await BrowserSession.OpenAsync(server.BaseUrl);
        var page = browser.Page;
        await browser.SignInAsync(worker.UserName!);

        await page.GotoAsync($"/dossiers/{c.Id}/netwerk");
        await page.GetByRole(AriaRole.Link, new() { Name = "Registreren met het volledige sjabloon" }).ClickAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Lotte Testkind" }).CheckAsync();
        await page.GetByLabel("Andere aanwezigen").FillAsync("oma Rita");
        await page.GetByLabel("Wie doet wat, en wanneer").FillAsync("Oma belt elke avond om 19 uur");
        await page.GetByLabel("Afspraken", new() { Exact = true }).FillAsync("Volgende keer bij oma thuis");
        await page.GetByRole(AriaRole.Button, new() { Name = "Beraad bewaren" }).ClickAsync();
        await Assertions.Expect(page.Locator("article.meeting")).ToContainTextAsync("Lotte Testkind, oma Rita");
        await page.GetByRole(AriaRole.Link, new() { Name = "Verslag voor het netwerk" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("article.minutes")).ToContainTextAsync("Oma belt elke avond om 19 uur");

        await page.GotoAsync("/");
        await page.Locator($"#work-evaluations ~ ul a[href='/dossiers/{c.Id}/verslagen/halfjaarlijks']").ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Hoe draagt het netwerk de veiligheid?");
        await page.GetByLabel("Jouw antwoord").First.FillAsync("Er is nog maatschappelijke noodzaak.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ontwerp bewaren" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Ontwerp, begonnen door");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren en definitief maken" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Definitief op");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Er is nog maatschappelijke noodzaak.");
        await browser.AssertAccessibleAsync();
    }
}
