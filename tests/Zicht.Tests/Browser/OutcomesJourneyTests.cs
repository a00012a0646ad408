using Microsoft.Playwright;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Browser;

/// <summary>Time to event → steps and outcomes → outcome table → learning report, as policy staff read them (issue 19), with axe on each page.</summary>
[Collection(BrowserJourneys.Name)]
public class OutcomesJourneyTests(ZichtServer server) : IClassFixture<ZichtServer>
{
    [Fact]
    public async Task Policy_staff_read_the_survival_chart_the_fidelity_table_and_the_outcome_table()
    {
        var world = await server.Data.WorldAsync();
        await server.Data.WithDbAsync(async db =>
        {
            for (var i = 0; i < 30; i++)
            {
                var opened = new DateOnly(2023 + (i % 2), 2, 1 + (i % 20));
                db.Add(new Trajectory
                {
                    CaseRef = $"B-{i}",
                    OrganisationId = world.Division.Id,
                    ServiceId = world.TeamA.ServiceId,
                    RegionId = world.TeamA.RegionId,
                    TeamId = world.TeamA.Id,
                    OpenedOn = opened,
                    ClosedOn = i % 3 == 0 ? null : opened.AddDays(200 + i * 5),
                    AdultSafetyPlanOn = i % 4 == 0 ? null : opened.AddDays(30 + i * 7),
                    Placement = i % 5 == 0 ? Placement.FamilyNetwork : Placement.None,
                });
            }
            await db.SaveChangesAsync();
        });
        var policy = await server.Data.StaffAsync(world, Roles.Policy);
        await using var browser = await BrowserSession.OpenAsync(server.BaseUrl);
        var page = browser.Page;
        await browser.SignInAsync(policy.UserName!);

        await page.GotoAsync("/praktijk/tijd-tot?indicator=adult_safety_plan&level=organisation");
        await Assertions.Expect(page.Locator("svg.chart").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Cohorten per openingsjaar");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(world.Division.Name);
        await browser.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Stappen en uitkomsten" }).ClickAsync();
        await Assertions.Expect(page.Locator("p.warning")).ToContainTextAsync("Een samenhang, geen effect.");
        await browser.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Uitkomstentabel" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("table.outcome-table")).ToContainTextAsync("Kortere trajecten");
        await Assertions.Expect(page.Locator("table.outcome-table")).ToContainTextAsync("niet gemeten");
        await browser.AssertAccessibleAsync();

        await page.GotoAsync($"/leerrapport?scope=organisation&id={world.Division.Id}&half=2025-H2");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Leerrapport");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Wat zien we, wat zou het kunnen verklaren");
        await Assertions.Expect(page.Locator("textarea#note")).ToBeVisibleAsync();
        await browser.AssertAccessibleAsync();
    }
}
