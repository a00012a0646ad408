using Microsoft.Playwright;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Browser;

/// <summary>Import → fix → import → team dashboard → drill-down → breadth.csv, as a data steward and a team lead do it.</summary>
[Collection(Zicht.Tests.Browser.BrowserJourneys.Name)]
public class DashboardJourneyTests(ZichtServer server) : IClassFixture<ZichtServer>
{
    [Fact]
    public async Task A_rejected_import_names_the_bad_row_and_the_fixed_file_shows_on_the_team_dashboard()
    {
        var world = await server.Data.WorldAsync();
        var steward = await server.Data.StaffAsync(world, Roles.DataSteward);
        var lead = await server.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true);
        var header = "case_ref,organisation,service,region,team,opened_on,step_12_network_meeting\n";
        var rows = string.Concat(Enumerable.Range(1, 4).Select(i =>
            $"J-{i},{world.Division.Code},OCJ,Antwerpen,{world.TeamA.Name},2024-01-0{i},{(i <= 3 ? "2024-03-01" : "")}\n"));
        var bad = header + rows + $"J-5,{world.Division.Code},OCJ,Antwerpen,{world.TeamA.Name},2024-02-31,\n";
        var good = header + rows + $"J-5,{world.Division.Code},OCJ,Antwerpen,{world.TeamA.Name},2024-02-28,\n";
        await using var browser = await BrowserSession.OpenAsync(server.BaseUrl);
        var page = browser.Page;

        await browser.SignInAsync(steward.UserName!);
        await page.GotoAsync("/trajecten/import");
        await browser.AssertAccessibleAsync();
        await Upload(page, "bad.csv", bad);
        var report = page.Locator("table.problems");
        await Assertions.Expect(report).ToContainTextAsync("6");
        await Assertions.Expect(report).ToContainTextAsync("opened_on");
        await Assertions.Expect(report).ToContainTextAsync("2024-02-31");
        await browser.AssertAccessibleAsync();
        await Upload(page, "good.csv", good);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("5 nieuw");
        await browser.SignOutAsync();

        await browser.SignInAsync(lead.UserName!);
        await page.GotoAsync("/praktijk");
        await Assertions.Expect(page.Locator("table.heat")).ToContainTextAsync("60,0 % (3/5)");
        await Assertions.Expect(page.Locator("table.matrix")).ToContainTextAsync("J-5");
        await browser.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "12 Netwerkberaad" }).ClickAsync();
        var lacking = page.Locator("main table tbody");
        await Assertions.Expect(lacking).ToContainTextAsync("J-4");
        await Assertions.Expect(lacking).ToContainTextAsync("J-5");
        await Assertions.Expect(lacking).Not.ToContainTextAsync("J-1");
        await browser.AssertAccessibleAsync();

        await page.GoBackAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "breadth.csv" }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains($"team,{world.TeamA.Name},step_12_network_meeting,5,3,60.0,false", csv);
    }

    private static async Task Upload(IPage page, string name, string csv)
    {
        await page.GetByLabel("Trajectbestand (CSV)").SetInputFilesAsync(new FilePayload
        {
            Name = name,
            MimeType = "text/csv",
            Buffer = System.Text.Encoding.UTF8.GetBytes(csv),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Inlezen", Exact = true }).ClickAsync();
    }
}
