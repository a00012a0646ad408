// Browser steps are awaited one by one; cancelling mid-journey gains nothing.
#pragma warning disable xUnit1051
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Zicht.Infrastructure.Auth;
using Zicht.Tests.Browser;

namespace Zicht.Tests.Features.Feedback;

/// <summary>The three journeys of issue 5, respondents on a phone viewport, every page checked with axe.</summary>
[Collection(Zicht.Tests.Browser.BrowserJourneys.Name)]
public class VoicesJourneyTests(ZichtServer server) : IClassFixture<ZichtServer>
{
    private static async Task<string> MakeLinkAsync(BrowserSession staff, Guid caseId, string who)
    {
        await staff.Page.GotoAsync($"/dossiers/{caseId}/feedback");
        await staff.Page.GetByLabel("Wie antwoordt?").SelectOptionAsync(who);
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Link maken" }).ClickAsync();
        await Assertions.Expect(staff.Page.Locator(".qr svg")).ToBeVisibleAsync();
        return (await staff.Page.Locator(".link-box").InnerTextAsync()).Trim();
    }

    private static async Task ParentAnswersAsync(string link, bool check)
    {
        await using var phone = await BrowserSession.OpenAsync(link[..link.IndexOf("/v/", StringComparison.Ordinal)], phone: true);
        await phone.Page.GotoAsync(link);
        if (check)
        {
            await phone.AssertAccessibleAsync();
        }
        for (var i = 1; i <= 14; i++)
        {
            await phone.Page.Locator($"#q-p{i:00}-4").CheckAsync();
        }
        await phone.Page.GetByLabel("Nee", new() { Exact = true }).CheckAsync();
        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Mijn antwoorden versturen" }).ClickAsync();
        await Assertions.Expect(phone.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dank je wel");
        if (check)
        {
            await phone.AssertAccessibleAsync();
        }
    }

    [Fact]
    public async Task Worker_invites_parents_who_answer_on_a_phone_and_the_report_appears_with_five_after_the_quarter()
    {
        var world = await server.Data.WorldAsync();
        var worker = await server.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        await using var staff = await BrowserSession.OpenAsync(server.BaseUrl);
        await staff.SignInAsync(worker.UserName!);
        var first = await server.Data.CaseAsync(world, world.TeamA, worker);
        var link = await MakeLinkAsync(staff, first.Id, "Parent");
        await staff.AssertAccessibleAsync();
        await ParentAnswersAsync(link, check: true);

        await staff.Page.GotoAsync("/feedback/rapport");
        await Assertions.Expect(staff.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Minder dan 5 antwoorden");
        await staff.AssertAccessibleAsync();
        for (var i = 0; i < 4; i++)
        {
            var c = await server.Data.CaseAsync(world, world.TeamA, worker);
            await ParentAnswersAsync(await MakeLinkAsync(staff, c.Id, "Parent"), check: false);
        }
        // Five answers of the running quarter still wait (issue 8: results change in batches, after a quarter).
        await staff.Page.GotoAsync("/feedback/rapport");
        await Assertions.Expect(staff.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Minder dan 5 antwoorden");
        await server.Data.WithDbAsync(db => db.Set<Zicht.Features.Feedback.FeedbackResponse>().Where(r => r.WorkerId == worker.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Period, new DateOnly(2025, 1, 1))));
        await staff.Page.GotoAsync("/feedback/rapport");
        await Assertions.Expect(staff.Page.GetByText("5 antwoorden", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(staff.Page.Locator("figure.distribution")).ToHaveCountAsync(14);
        await staff.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_child_answers_with_smileys_on_a_phone()
    {
        var world = await server.Data.WorldAsync();
        var worker = await server.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await server.Data.CaseAsync(world, world.TeamA, worker);
        await using var staff = await BrowserSession.OpenAsync(server.BaseUrl);
        await staff.SignInAsync(worker.UserName!);
        var link = await MakeLinkAsync(staff, c.Id, "Child");

        await using var phone = await BrowserSession.OpenAsync(server.BaseUrl, phone: true);
        await phone.Page.GotoAsync(link);
        await Assertions.Expect(phone.Page.Locator("body.survey-child")).ToHaveCountAsync(1);
        await Assertions.Expect(phone.Page.Locator("svg.smiley")).ToHaveCountAsync(27);
        await phone.AssertAccessibleAsync();
        var target = await phone.Page.Locator("label[for=q-c01-3]").BoundingBoxAsync();
        Assert.True(target!.Height >= 44 && target.Width >= 44, $"touch target {target.Width}x{target.Height}");
        for (var i = 1; i <= 9; i++)
        {
            await phone.Page.Locator($"label[for=q-c{i:00}-{(i % 3) + 1}]").ClickAsync();
        }
        await phone.Page.GetByLabel("Ja", new() { Exact = true }).Last.CheckAsync();
        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Mijn antwoorden versturen" }).ClickAsync();
        await Assertions.Expect(phone.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dank je wel");
    }

    [Fact]
    public async Task A_wave_is_opened_answered_by_six_staff_closed_and_its_barometer_shown()
    {
        var world = await server.Data.WorldAsync();
        var admin = await server.Data.StaffAsync(world, Roles.Administrator);
        var staff = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            staff.Add((await server.Data.StaffAsync(world, Roles.Caseworker, world.TeamA)).UserName!);
        }
        await using var browser = await BrowserSession.OpenAsync(server.BaseUrl);
        var page = browser.Page;
        await browser.SignInAsync(admin.UserName!);
        await page.GotoAsync("/personeelsbevraging");
        await page.GetByLabel("Titel").FillAsync("Najaar 2026");
        await page.GetByLabel(world.TeamA.Name).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bevraging openen" }).ClickAsync();
        await browser.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Afmelden" }).ClickAsync();

        var scores = new[] { 6, 7, 5, 8, 6, 4 };
        for (var i = 0; i < 6; i++)
        {
            await using var phone = await BrowserSession.OpenAsync(server.BaseUrl, phone: true);
            await phone.SignInAsync(staff[i]);
            await phone.Page.GotoAsync("/personeelsbevraging");
            await phone.Page.GetByRole(AriaRole.Link, new() { Name = "Anoniem invullen" }).First.ClickAsync();
            if (i == 0)
            {
                await phone.AssertAccessibleAsync();
            }
            // One part per page: the background first, saved, then (for the first person) stopped and resumed.
            await Assertions.Expect(phone.Page.GetByText("Deel 1 van")).ToBeVisibleAsync();
            await phone.Page.Locator("#q-bg_role-1").CheckAsync();
            await phone.Page.Locator("#q-bg_service-1").CheckAsync();
            await phone.Page.Locator("#q-bg_region-1").CheckAsync();
            if (i == 0)
            {
                await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Opslaan en later verdergaan" }).ClickAsync();
                await Assertions.Expect(phone.Page.GetByText("Je antwoorden tot nu toe zijn bewaard")).ToBeVisibleAsync();
                await phone.Page.GetByRole(AriaRole.Link, new() { Name = "Anoniem invullen" }).First.ClickAsync();
                await Assertions.Expect(phone.Page.Locator("#q-bg_role-1")).ToBeCheckedAsync();
            }
            await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
            await Assertions.Expect(phone.Page.GetByText("Deel 2 van 10")).ToBeVisibleAsync();
            if (i == 0)
            {
                // Every part, one after the other, to the last.
                for (var part = 2; part < 10; part++)
                {
                    await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Volgende" }).ClickAsync();
                    await Assertions.Expect(phone.Page.GetByText($"Deel {part + 1} van 10")).ToBeVisibleAsync();
                }
                await phone.AssertAccessibleAsync();
            }
            else
            {
                await phone.Page.GotoAsync(phone.Page.Url.Split('?')[0] + "?deel=10");
            }
            await phone.Page.Locator($"#q-barometer-{scores[i]}").CheckAsync();
            await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Mijn antwoorden versturen" }).ClickAsync();
            await Assertions.Expect(phone.Page.GetByText("Je antwoorden werden anoniem bewaard")).ToBeVisibleAsync();
        }

        await browser.SignInAsync(admin.UserName!);
        await page.GotoAsync("/personeelsbevraging");
        await page.GetByRole(AriaRole.Row, new() { Name = "Najaar 2026" }).GetByRole(AriaRole.Button, new() { Name = "Bevraging afsluiten" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Najaar 2026" })).ToContainTextAsync("6");
        await page.GotoAsync("/personeelsbevraging/barometer");
        await Assertions.Expect(page.GetByRole(AriaRole.Row, new() { Name = "Najaar 2026" })).ToContainTextAsync("6,0");
        await browser.AssertAccessibleAsync();
    }
}
