using Microsoft.Playwright;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Browser;

/// <summary>
/// The pages issue 10's second pass touched, on a phone and a desktop with axe: the example questions
/// beside the mapping and the scales, the question bank, the network-involved field at registration,
/// and the staff-wave import page.
/// </summary>
[Collection(BrowserJourneys.Name)]
public class WorkspaceWishesJourneyTests(ZichtServer server) : IClassFixture<ZichtServer>
{
    [Fact]
    public async Task Example_questions_the_question_bank_registration_and_the_import_page_pass_axe_on_phone_and_desktop()
    {
        var world = await server.Data.WorldAsync();
        var worker = await server.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var admin = await server.Data.StaffAsync(world, Roles.Administrator);
        var c = await server.Data.CaseAsync(world, world.TeamA, worker);

        foreach (var phone in new[] { true, false })
        {
            await using var browser = await BrowserSession.OpenAsync(server.BaseUrl, phone);
            var page = browser.Page;
            await browser.SignInAsync(worker.UserName!);
            await page.GotoAsync($"/dossiers/{c.Id}/mapping");
            await page.Locator("aside.example-questions summary").First.ClickAsync();
            await Assertions.Expect(page.Locator("aside.example-questions").First).ToContainTextAsync("Wanneer lukte het wel");
            await browser.AssertAccessibleAsync();
            await page.GotoAsync($"/dossiers/{c.Id}/schalen");
            await Assertions.Expect(page.Locator("aside.example-questions")).ToHaveCountAsync(1);
            await browser.AssertAccessibleAsync();
            await page.GotoAsync("/voorbeeldvragen");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Voorbeeldvragen en goede praktijken");
            await browser.AssertAccessibleAsync();
            await page.GotoAsync("/dossiers/nieuw");
            await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Netwerk betrokken bij de aanmelding" })).ToBeVisibleAsync();
            await browser.AssertAccessibleAsync();
            await browser.SignOutAsync();

            await browser.SignInAsync(admin.UserName!);
            await page.GotoAsync("/personeelsbevraging/importeren");
            await Assertions.Expect(page.GetByLabel("CSV-export")).ToBeVisibleAsync();
            await browser.AssertAccessibleAsync();
        }
    }

    /// <summary>
    /// The daily five-step flow without a mouse: every link and button is reached by focus and pressed with
    /// Enter, every box ticked with Space, every field typed into. Nothing here clicks.
    /// </summary>
    [Fact]
    public async Task The_daily_flow_works_with_the_keyboard_only()
    {
        var world = await server.Data.WorldAsync();
        var worker = await server.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await server.Data.CaseAsync(world, world.TeamA, worker);
        await using var browser = await BrowserSession.OpenAsync(server.BaseUrl);
        var page = browser.Page;
        await browser.SignInAsync(worker.UserName!);
        await page.GotoAsync($"/dossiers/{c.Id}");
        async Task Press(ILocator control, string key = "Enter")
        {
            await control.FocusAsync();
            await page.Keyboard.PressAsync(key);
        }
        // A date field is Chromium's own widget: it gets focus and its value, as a keyboard user's typing would give it.
        async Task Date(ILocator field, string value)
        {
            await field.FocusAsync();
            await field.FillAsync(value);
        }
        async Task Type(ILocator field, string text)
        {
            await field.FocusAsync();
            await page.Keyboard.PressAsync("ControlOrMeta+a");
            await page.Keyboard.TypeAsync(text);
        }
        var button = (string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
        var tab = (string name) => page.Locator(".case-nav").GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

        // 1. A danger statement; focus comes back into the form, so the next one needs no mouse either.
        await Press(tab("Mapping"));
        await page.GetByLabel("Rubriek").FocusAsync();
        await page.GetByLabel("Rubriek").SelectOptionAsync("DangerStatement");
        await Type(page.GetByLabel("Uitspraak", new() { Exact = true }), "We zijn bang dat Lotte gekwetst wordt als papa drinkt");
        await Press(button("Toevoegen").First);
        await Assertions.Expect(page.Locator(".mapping-columns")).ToContainTextAsync("als papa drinkt");
        Assert.True(await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('form[data-inline=\"add-statement\"]')"));

        // 2. A scale score, sent with Enter from the last field.
        await Press(tab("Veiligheidsschalen"));
        await Type(page.GetByLabel("Score (0–10)"), "4");
        await Type(page.GetByLabel("Wie", new() { Exact = true }), "Consulent");
        await Date(page.GetByLabel("Datum", new() { Exact = true }), "2026-03-06");
        await Press(page.GetByLabel("Wie", new() { Exact = true }));
        await Assertions.Expect(page.Locator("svg[aria-labelledby='scale-chart-title scale-chart-desc'] g.series")).ToHaveCountAsync(1);

        // 3. A network member, added and informed.
        await Press(tab("Netwerk"));
        await Type(page.GetByLabel("Naam", new() { Exact = true }), "Rita Vermeulen");
        await Type(page.GetByLabel("Relatie tot het kind"), "grootmoeder");
        await Date(page.Locator("#NewMember_InformedOn"), "2026-03-07");
        await Press(button("Aan het netwerk toevoegen"));
        await Assertions.Expect(page.GetByText("Rita Vermeulen toegevoegd aan het netwerk")).ToBeVisibleAsync();

        // 4. A network meeting, attendees ticked with Space.
        await Date(page.Locator("#Meeting_HeldOn"), "2026-03-12");
        await Press(page.GetByRole(AriaRole.Group, new() { Name = "Aanwezigen" }).GetByLabel("Rita Vermeulen"), "Space");
        await Press(page.GetByRole(AriaRole.Group, new() { Name = "Aanwezigen" }).GetByLabel("Lotte Testkind"), "Space");
        await Type(page.GetByLabel("Afspraken"), "Oma haalt Lotte op school");
        await Press(button("Beraad bewaren"));
        await Assertions.Expect(page.GetByText("Netwerkberaad bewaard.")).ToBeVisibleAsync();

        // 5. A safety-plan version.
        await Press(tab("Veiligheidsplan"));
        await Type(page.GetByLabel("Wie", new() { Exact = true }), "Oma Rita");
        await Type(page.GetByLabel("Doet wat"), "haalt Lotte elke dag op school");
        await Press(button("Afspraak toevoegen"));
        await page.GetByLabel("Fase").FocusAsync();
        await page.GetByLabel("Fase").SelectOptionAsync("Initial");
        await Date(page.GetByLabel("Afgesproken op"), "2026-03-20");
        await Press(button("Versie van het plan bewaren"));
        await Assertions.Expect(page.GetByText("Versie 1 van het veiligheidsplan bewaard.")).ToBeVisibleAsync();
    }
}
