using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Zicht.Features.Quality;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Browser;

/// <summary>
/// Provider quality of issue 11 in a real browser: the coordinator scores a department (a decimal is refused
/// next to the field), motivates a carried-over score, submits the self-evaluation, writes the report, takes
/// the PDF and submits it; the administration reads it with feedback and looks at the sector view.
/// </summary>
[Collection(BrowserJourneys.Name)]
public class QualityJourneyTests(ZichtServer server) : IClassFixture<ZichtServer>
{
    [Fact]
    public async Task Score_motivate_report_pdf_submit_the_administration_reads_and_looks_at_the_sector()
    {
        var world = await server.Data.WorldAsync();
        var coordinator = await server.Data.StaffAsync(world, Roles.QualityCoordinator, provider: true);
        var administration = await server.Data.StaffAsync(world, Roles.AdministrationOfficer);
        var year = DateTime.Now.Year;
        await server.Data.WithDbAsync(async db =>
        {
            db.Add(new QualityDepartment { OrganisationId = world.Provider.Id, Name = "Leefgroep Noord", WorkForm = "OVBJ" });
            await db.SaveChangesAsync();
            // Four more providers of the same year, so the sector figures pass the minimum group size.
            var rows = Enumerable.Range(1, 4).SelectMany(i => QualityDomainCatalog.Domains.Select(d => $"Sectorgenoot {world.Provider.Code} {i},{year},Hoofdwerking,OVBJ,{d.Code},{1 + (i % 3)},false,"));
            var outcome = await new QualityImport(db, TimeProvider.System).ImportSelfEvaluationsAsync(
                new StringReader(string.Join('\n', rows.Prepend("organisation,year,department,work_form,domain,level,carried_over,motivation"))), true, null, default);
            Assert.True(outcome.Accepted);
        });
        await using var browser = await BrowserSession.OpenAsync(server.BaseUrl);
        var page = browser.Page;
        var button = (string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
        var link = (string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

        // The coordinator scores the department: a decimal is refused next to the field, nothing lost.
        await browser.SignInAsync(coordinator.UserName!);
        await page.GotoAsync("/kwaliteit");
        await page.Locator("main table").GetByRole(AriaRole.Link, new() { Name = "Start", Exact = true }).First.ClickAsync();
        await link("Leefgroep Noord (OVBJ) scoren").ClickAsync();
        for (var i = 0; i < QualityDomainCatalog.Domains.Count; i++)
        {
            await page.Locator($"#level-{i}").FillAsync(i == 2 ? "2,5" : "2");
            await page.Locator($"#explanation-{i}").FillAsync($"Procedure beschreven en gekend in het team ({i + 1}).");
        }
        await button("De scores bewaren").ClickAsync();
        await Assertions.Expect(page.Locator("#level-2-error")).ToContainTextAsync("Geef één geheel getal van 0 tot 5");
        await Assertions.Expect(page.Locator("#explanation-5")).ToHaveValueAsync("Procedure beschreven en gekend in het team (6).");
        await browser.AssertAccessibleAsync();
        await page.Locator("#level-2").FillAsync("3");
        await page.Locator("#domain-reception").GetByLabel("Overgenomen van vorig jaar").CheckAsync();
        await page.Locator("#higher-4").FillAsync("Ouders geven al feedback op het onthaalgesprek.");
        await button("De scores bewaren").ClickAsync();
        await Assertions.Expect(page.GetByText("De scores van Leefgroep Noord (OVBJ) zijn bewaard.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("table.levels tbody tr").Nth(2)).ToContainTextAsync("3");
        await button("De zelfevaluatie indienen").ClickAsync();
        await Assertions.Expect(page.GetByText($"De zelfevaluatie van {year} is ingediend.")).ToBeVisibleAsync();
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotForDocsAsync("quality-self-evaluation.png");

        // The report: free sections written, the PDF taken, then submitted.
        await link($"Kwaliteitsverslag {year}").ClickAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Visie op kwaliteit binnen de organisatie" }).FillAsync("Kwaliteit is samen leren met jongeren en gezinnen.\n\n- meten om te leren\n- elke afdeling draagt mee");
        await page.GetByLabel("Jaarlijks kwaliteitsthema").FillAsync("Onthaal");
        await button("Bewaren").ClickAsync();
        await Assertions.Expect(page.Locator("#vision")).ToContainTextAsync("meten om te leren");
        await browser.AssertAccessibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => link("Downloaden als pdf").ClickAsync(new() { Timeout = 60000 }), new() { Timeout = 60000 });
        Assert.Equal($"kwaliteitsverslag-{year}.pdf", download.SuggestedFilename);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(await download.PathAsync()))[..4]));
        await button("Indienen bij de administratie").ClickAsync();
        await Assertions.Expect(page.GetByText($"Het kwaliteitsverslag van {year} is ingediend bij de administratie.")).ToBeVisibleAsync();
        await browser.SignOutAsync();

        // The administration reads it and gives feedback.
        await browser.SignInAsync(administration.UserName!);
        await page.GotoAsync("/kwaliteit");
        await page.GetByRole(AriaRole.Link, new() { Name = "Kwaliteitsverslagen" }).First.ClickAsync();
        await link(world.Provider.Name).ClickAsync();
        await Assertions.Expect(page.Locator("#self_evaluation")).ToContainTextAsync("Leefgroep Noord (OVBJ): niveau 2 (overgenomen)");
        await browser.AssertAccessibleAsync();
        await page.GetByLabel("Feedback voor de voorziening (het verslag wordt daarmee als gelezen gemarkeerd)").FillAsync("Heldere visie. Graag meer over de nazorg volgend jaar.");
        await button("Als gelezen markeren en de feedback versturen").ClickAsync();
        await Assertions.Expect(page.GetByText("Het verslag is als gelezen gemarkeerd")).ToBeVisibleAsync();

        // The sector view: five providers, aggregates beside the 2015 reference, providers by name.
        await page.GotoAsync($"/kwaliteit/sector?year={year}");
        await Assertions.Expect(page.Locator("table.distribution tbody tr").First).ToContainTextAsync("5");
        await Assertions.Expect(page.Locator("table.side-by-side")).ToContainTextAsync(world.Provider.Name);
        await Assertions.Expect(page.Locator("svg.chart")).ToBeVisibleAsync();
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotForDocsAsync("quality-sector.png");
        Assert.Equal(ReportStatus.Read, await server.Data.WithDbAsync(db => db.Set<QualityReport>().Where(r => r.OrganisationId == world.Provider.Id).Select(r => r.Status).SingleAsync()));
    }
}
