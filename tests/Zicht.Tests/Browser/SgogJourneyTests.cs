using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Zicht.Infrastructure.Auth;
using Zicht.Tests.Features.Sgog;

namespace Zicht.Tests.Browser;

/// <summary>
/// The SGOG register of issue 12 in a real browser, with axe on every page: the provider's named officer registers
/// an incident (the child chosen from the provider's clients), decides it is reportable and sends the report; the
/// administration reads it, records that the inspectorate is not involved and returns a summary note; the officer
/// sees each step.
/// </summary>
[Collection(BrowserJourneys.Name)]
public class SgogJourneyTests(ZichtServer server) : IClassFixture<ZichtServer>
{
    [Fact]
    public async Task Register_decide_report_and_the_administration_reads_and_returns_a_note()
    {
        var s = await SgogSetup.CreateAsync(server);
        var administration = await server.Data.StaffAsync(s.World, Roles.AdministrationOfficer);
        await using var browser = await BrowserSession.OpenAsync(server.BaseUrl);
        var page = browser.Page;
        var main = page.Locator("main");
        var button = (string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
        var link = (string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

        // The officer registers what happened, referring to the child rather than typing a name.
        await browser.SignInAsync(s.Officer.UserName!);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "SGOG-register" }).ClickAsync();
        await browser.AssertAccessibleAsync();
        await link("Een incident registreren").First.ClickAsync();
        await page.GetByLabel("Gebeurd op").FillAsync("2026-03-08");
        await page.GetByLabel("Geregistreerd op").FillAsync("2026-03-10");
        await page.GetByLabel("Binnen de hulpverleningscontext").CheckAsync();
        await page.Locator("#person-0-role").SelectOptionAsync("MinorVictim");
        await page.Locator("#person-0-client").SelectOptionAsync(s.MinorId.ToString());
        await page.Locator("#person-1-role").SelectOptionAsync("Other");
        await page.Locator("#person-1-label").FillAsync("een bezoeker van de leefgroep");
        await page.GetByLabel("Korte beschrijving").FillAsync("Een bezoeker raakte een jongere ongepast aan in de leefgroep.");
        await page.GetByLabel("Al uitgevoerde acties").FillAsync("Bezoekregeling stopgezet; gesprek met de jongere.");
        await page.GetByLabel("Geplande acties").FillAsync("Overleg met de ouders en de consulent.");
        await page.GetByLabel("Geïnstalleerde veiligheid").FillAsync("Geen bezoek meer zonder begeleider.");
        await page.GetByLabel("Visie van het kind").FillAsync("Ze wil dat de bezoeker niet meer komt.");
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotForDocsAsync("sgog-new.png");
        await button("Registreren").ClickAsync();
        await Assertions.Expect(page.GetByText("is geregistreerd", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(main).ToContainTextAsync("Lotte Testkind");
        await browser.AssertAccessibleAsync();

        // It is reportable: a minor as victim, seriously compromised.
        await link("Beslissen of het meldingsplichtig is").ClickAsync();
        await page.GetByLabel("Meldingsplichtig", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Reden", new() { Exact = true }).FillAsync("Ernstige aantasting van de integriteit van een minderjarige.");
        await browser.AssertAccessibleAsync();
        await button("De beslissing bewaren").ClickAsync();
        await Assertions.Expect(page.GetByText("Beslist: meldingsplichtig.", new() { Exact = false })).ToBeVisibleAsync();

        // The report: exactly what the administration asks for, without names, sent once complete.
        await link("Melding aan de administratie").ClickAsync();
        await Assertions.Expect(main).Not.ToContainTextAsync("Lotte");
        await Assertions.Expect(main).ToContainTextAsync("3. Hoe in kaart gebracht en verdere acties bepaald");
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotForDocsAsync("sgog-report.png");
        await button("Melden aan de administratie").ClickAsync();
        await Assertions.Expect(page.GetByText("De melding is verstuurd naar de administratie.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(main).ToContainTextAsync("Nog niet gelezen door de administratie.");
        await browser.SignOutAsync();

        // The administration reads it, does not involve the inspectorate, and returns a summary note.
        await browser.SignInAsync(administration.UserName!);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "SGOG-meldingen" }).ClickAsync();
        await browser.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = s.World.Provider.Name, Exact = false }).ClickAsync();
        await Assertions.Expect(main).ToContainTextAsync("Een bezoeker raakte een jongere ongepast aan in de leefgroep.");
        await Assertions.Expect(main).Not.ToContainTextAsync("Lotte");
        await browser.AssertAccessibleAsync();
        await page.GetByLabel("Jullie referentie").FillAsync("ADM-2026-031");
        await page.GetByLabel("Nee, niet betrokken").CheckAsync();
        await button("De lezing registreren").ClickAsync();
        await Assertions.Expect(page.GetByText("Je lezing is geregistreerd.", new() { Exact = false })).ToBeVisibleAsync();
        await page.GetByLabel("Samenvattende nota").FillAsync("Duidelijke melding; eerste stappen gezet. Zorginspectie wordt niet betrokken.");
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotForDocsAsync("sgog-administration.png");
        await button("De nota bezorgen aan de voorziening").ClickAsync();
        await Assertions.Expect(page.GetByText("De samenvattende nota is bezorgd aan de voorziening.", new() { Exact = false })).ToBeVisibleAsync();
        await browser.SignOutAsync();

        // The officer sees every step.
        await browser.SignInAsync(s.Officer.UserName!);
        var incidentId = await server.Data.WithDbAsync(db => db.Set<Zicht.Features.Sgog.SgogIncident>().Where(i => i.OrganisationId == s.ProviderId).Select(i => i.Id).SingleAsync());
        await page.GotoAsync($"/sgog/incidenten/{incidentId}");
        var steps = page.Locator(".report-steps");
        await Assertions.Expect(steps).ToContainTextAsync("Hun referentie: ADM-2026-031.");
        await Assertions.Expect(steps).ToContainTextAsync("Zorginspectie wordt niet betrokken.");
        await Assertions.Expect(steps).ToContainTextAsync("Duidelijke melding; eerste stappen gezet.");
        await Assertions.Expect(main.Locator(".tag").First).ToHaveTextAsync("Nota ontvangen");
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotForDocsAsync("sgog-incident.png");
    }
}
