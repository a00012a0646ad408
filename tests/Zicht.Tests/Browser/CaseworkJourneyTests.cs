using Microsoft.Playwright;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Tests.Browser;

/// <summary>
/// The casework journey of issue 3 in a real browser: map a case, scale with two people, inform the
/// network and meet, initial then final safety plan, watch the 13 steps fill in, print the family plan.
/// </summary>
[Collection(Zicht.Tests.Browser.BrowserJourneys.Name)]
public class CaseworkJourneyTests(ZichtServer server) : IClassFixture<ZichtServer>
{
    [Fact]
    public async Task Caseworker_maps_scales_plans_and_prints_the_family_plan()
    {
        var world = await server.Data.WorldAsync();
        var worker = await server.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await server.Data.CaseAsync(world, world.TeamA, worker);
        await server.Data.WithDbAsync(async db =>
        {
            db.CasePeople.Add(new CasePerson { CaseId = c.Id, Role = PersonRole.NetworkMember, FullName = "Rita Vermeulen", Relationship = "grootmoeder" });
            await db.SaveChangesAsync();
        });
        await using var browser = await BrowserSession.OpenAsync(server.BaseUrl);
        var page = browser.Page;
        var button = (string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
        await browser.SignInAsync(worker.UserName!);

        // Map the case: a danger statement and a safety goal, then a version after talking with the parent.
        await page.GotoAsync($"/dossiers/{c.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Mapping", Exact = true }).ClickAsync();
        await browser.AssertAccessibleAsync();
        await page.GetByLabel("Rubriek").SelectOptionAsync("DangerStatement");
        await page.GetByLabel("Uitspraak", new() { Exact = true }).FillAsync("We zijn bang dat Lotte gekwetst wordt als papa drinkt");
        await button("Toevoegen").First.ClickAsync();
        await page.GetByLabel("Rubriek").SelectOptionAsync("SafetyGoal");
        await page.GetByLabel("Uitspraak", new() { Exact = true }).FillAsync("Lotte is altijd bij een nuchtere volwassene");
        await page.GetByLabel("Gezegd door").SelectOptionAsync("Parent");
        await button("Toevoegen").First.ClickAsync();
        await page.GetByLabel("Datum van het gesprek").FillAsync("2026-03-05");
        await page.GetByLabel("Ouder", new() { Exact = true }).CheckAsync();
        await button("Versie bewaren").ClickAsync();
        await Assertions.Expect(page.GetByText("Versie 1 van de mapping bewaard.")).ToBeVisibleAsync();

        // Two people scale safety.
        await page.GetByRole(AriaRole.Link, new() { Name = "Veiligheidsschalen" }).ClickAsync();
        foreach (var (who, role, score) in new[] { ("Consulent", "Worker", "3"), ("Mama", "Parent", "7") })
        {
            await page.GetByLabel("Score (0–10)").FillAsync(score);
            await page.GetByLabel("Rol").SelectOptionAsync(role);
            await page.GetByLabel("Wie", new() { Exact = true }).FillAsync(who);
            await page.GetByLabel("Datum", new() { Exact = true }).FillAsync("2026-03-06");
            await button("Score toevoegen").ClickAsync();
        }
        await Assertions.Expect(page.Locator("svg[aria-labelledby='scale-chart-title scale-chart-desc'] g.series")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".difference")).ToContainTextAsync("van 3 tot 7");
        await browser.AssertAccessibleAsync();

        // Inform a network member and hold a network meeting.
        await page.GetByRole(AriaRole.Link, new() { Name = "Netwerk", Exact = true }).ClickAsync();
        var rita = page.GetByRole(AriaRole.Form, new() { Name = "Rita Vermeulen" });
        await rita.GetByLabel("Geïnformeerd over de gevaarsboodschap op").FillAsync("2026-03-07");
        await rita.GetByLabel("Crisiscontact").CheckAsync();
        await rita.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        await page.Locator("#Meeting_HeldOn").FillAsync("2026-03-12");
        await page.GetByLabel("Andere aanwezigen").FillAsync("mama, consulent");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Rita Vermeulen" }).CheckAsync();
        await page.GetByLabel("Afspraken").FillAsync("Oma haalt Lotte op school");
        await button("Beraad bewaren").ClickAsync();
        await Assertions.Expect(page.GetByText("Netwerkberaad bewaard.")).ToBeVisibleAsync();
        await browser.AssertAccessibleAsync();

        // Initial plan with the adults, then the final plan for Lotte.
        await page.GetByRole(AriaRole.Link, new() { Name = "Veiligheidsplan", Exact = true }).ClickAsync();
        await page.GetByLabel("Wie", new() { Exact = true }).FillAsync("Oma Rita");
        await page.GetByLabel("Doet wat").FillAsync("haalt Lotte elke dag op school");
        await button("Afspraak toevoegen").ClickAsync();
        await page.GetByLabel("Fase").SelectOptionAsync("Initial");
        await page.GetByLabel("Afgesproken op").FillAsync("2026-03-20");
        await button("Versie van het plan bewaren").ClickAsync();
        await Assertions.Expect(page.GetByText("Versie 1 van het veiligheidsplan bewaard.")).ToBeVisibleAsync();
        await page.GetByLabel("Fase").SelectOptionAsync("Final");
        await page.GetByLabel("Voor", new() { Exact = true }).SelectOptionAsync("Child");
        await page.GetByLabel("Afgesproken op").FillAsync("2026-05-02");
        await page.GetByLabel("Het plan in de woorden van het kind (kindversie)").FillAsync("Als ik bang ben, bel ik oma Rita.");
        await button("Versie van het plan bewaren").ClickAsync();
        await Assertions.Expect(page.GetByText("Versie 2 van het veiligheidsplan bewaard.")).ToBeVisibleAsync();
        await browser.AssertAccessibleAsync();

        // The 13-step timeline fills in from what was recorded.
        await page.GetByRole(AriaRole.Link, new() { Name = "Praktijkstappen" }).ClickAsync();
        await Assertions.Expect(page.Locator(".step-timeline li.done")).ToHaveCountAsync(7);
        await Assertions.Expect(page.Locator(".step-timeline li.done").Last).ToContainTextAsync("finaal veiligheidsplan");
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotForDocsAsync("steps.png");

        // Print the family plan.
        await page.GetByRole(AriaRole.Link, new() { Name = "Veiligheidsplan", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Versie voor het gezin afdrukken" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ons veiligheidsplan");
        await Assertions.Expect(page.Locator("article.family")).ToContainTextAsync("haalt Lotte elke dag op school");
        await Assertions.Expect(page.Locator("article.family")).ToContainTextAsync("Als ik bang ben, bel ik oma Rita.");
        await browser.AssertAccessibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Downloaden als pdf" }).ClickAsync(new() { Timeout = 60000 }),
            new() { Timeout = 60000 });
        var pdf = await download.PathAsync();
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(pdf))[..4]));
    }

    [Fact]
    public async Task Caseworker_ends_a_placement_later_and_removes_a_mistaken_score_with_the_keyboard_and_mouse()
    {
        var world = await server.Data.WorldAsync();
        var worker = await server.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await server.Data.CaseAsync(world, world.TeamA, worker);
        await using var browser = await BrowserSession.OpenAsync(server.BaseUrl);
        var page = browser.Page;
        await browser.SignInAsync(worker.UserName!);

        await page.GotoAsync($"/dossiers/{c.Id}/kerngegevens");
        await page.GetByLabel("Soort").SelectOptionAsync("FamilyNetwork");
        await page.GetByLabel("Van", new() { Exact = true }).FillAsync("2026-02-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Plaatsing toevoegen" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Wijzigen" }).ClickAsync();
        await browser.AssertAccessibleAsync();
        await page.GetByLabel("Tot", new() { Exact = true }).FillAsync("2026-04-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bewaren" }).ClickAsync();
        await Assertions.Expect(page.Locator("#placements + table tbody tr")).ToContainTextAsync("30/04/2026");
        await browser.AssertAccessibleAsync();

        await page.GotoAsync($"/dossiers/{c.Id}/schalen");
        await page.GetByLabel("Score (0–10)").FillAsync("9");
        await page.GetByLabel("Wie", new() { Exact = true }).FillAsync("Papa");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("Alle scores, om een vergissing recht te zetten").ClickAsync();
        await page.Locator("#all-scores summary", new() { HasText = "Verwijderen" }).ClickAsync();
        await browser.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, verwijderen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Nog geen scores.")).ToBeVisibleAsync();
    }
}
