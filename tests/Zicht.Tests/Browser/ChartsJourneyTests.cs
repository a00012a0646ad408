using Microsoft.Playwright;
using Zicht.Features.SafetyScales;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Browser;

/// <summary>
/// The pages whose charts issue 10 reworked and the outcome pages issue 19 extended, on a phone and a
/// desktop with axe: breadth and durations with their new charts, the trend on a date axis, time to
/// event, steps and outcomes by team, the outcome table for a team and a period, and a case's safety scales.
/// </summary>
[Collection(BrowserJourneys.Name)]
public class ChartsJourneyTests(ZichtServer server) : IClassFixture<ZichtServer>
{
    [Fact]
    public async Task Charts_and_outcome_pages_show_their_legends_and_pass_axe_on_phone_and_desktop()
    {
        var world = await server.Data.WorldAsync();
        await server.Data.WithDbAsync(async db =>
        {
            for (var i = 0; i < 40; i++)
            {
                var team = i % 4 == 0 ? world.TeamB : world.TeamA;
                var opened = new DateOnly(2022 + (i % 3), 2, 1 + (i % 20));
                db.Add(new Trajectory
                {
                    CaseRef = $"G-{i}",
                    OrganisationId = world.Division.Id,
                    ServiceId = team.ServiceId,
                    RegionId = team.RegionId,
                    TeamId = team.Id,
                    OpenedOn = opened,
                    ClosedOn = i % 5 == 0 ? null : opened.AddDays(220 + i * 4),
                    AdultSafetyPlanOn = i % 4 == 1 ? null : opened.AddDays(20 + i * 6),
                    Step03 = i % 3 == 0 ? null : opened.AddDays(15 + i),
                    Step12 = i % 2 == 0 ? opened.AddDays(40 + i * 3) : null,
                    Placement = i % 6 == 0 ? Placement.FamilyNetwork : Placement.None,
                });
            }
            await db.SaveChangesAsync();
        });
        var policy = await server.Data.StaffAsync(world, Roles.Policy);
        var worker = await server.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await server.Data.CaseAsync(world, world.TeamA, worker);
        await server.Data.WithDbAsync(async db =>
        {
            foreach (var (who, role, score, on) in new[] { ("Consulent", ScorerRole.Worker, 3, 2), ("Mama", ScorerRole.Parent, 7, 2), ("Consulent", ScorerRole.Worker, 5, 40), ("Mama", ScorerRole.Parent, 6, 40) })
            {
                db.Add(new SafetyScore { CaseId = c.Id, ScorerRole = role, ScorerName = who, Score = score, ScoredOn = new DateOnly(2026, 3, 1).AddDays(on) });
            }
            await db.SaveChangesAsync();
        });

        foreach (var phone in new[] { false, true })
        {
            await using var browser = await BrowserSession.OpenAsync(server.BaseUrl, phone);
            var page = browser.Page;
            await browser.SignInAsync(policy.UserName!);

            await page.GotoAsync("/praktijk?level=team");
            await Assertions.Expect(page.Locator("svg#breadth, svg[aria-labelledby='breadth-title breadth-desc']")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("svg[aria-labelledby='trend-title trend-desc']")).ToContainTextAsync("Jaar van afsluiting");
            await browser.AssertAccessibleAsync();

            await page.GotoAsync("/praktijk/duurtijden?level=organisation");
            await Assertions.Expect(page.Locator("svg.chart").First).ToContainTextAsync("Mediaan");
            await browser.AssertAccessibleAsync();

            await page.GotoAsync("/praktijk/tijd-tot?indicator=adult_safety_plan&level=organisation");
            await Assertions.Expect(page.Locator("svg.chart").First).ToContainTextAsync(world.Division.Name);
            await browser.AssertAccessibleAsync();

            await page.GotoAsync("/praktijk/samenhang?level=team&step=step_03_informed_network_started");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(world.TeamA.Name);
            await browser.AssertAccessibleAsync();

            await page.GotoAsync("/uitkomsten");
            await page.GetByLabel("Voor", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = world.TeamA.Name });
            await page.GetByLabel("Periode van", new() { Exact = true }).FillAsync("2023-01-01");
            await page.Locator("form.filters button[type=submit]").ClickAsync();
            await Assertions.Expect(page.Locator("table.outcome-table caption")).ToContainTextAsync(world.TeamA.Name);
            await browser.AssertAccessibleAsync();
            await browser.SignOutAsync();

            await browser.SignInAsync(worker.UserName!);
            await page.GotoAsync($"/dossiers/{c.Id}/schalen");
            await Assertions.Expect(page.Locator("svg[aria-labelledby='scale-chart-title scale-chart-desc']")).ToContainTextAsync("Mama (");
            await browser.AssertAccessibleAsync();
            await browser.SignOutAsync();
        }
    }
}
