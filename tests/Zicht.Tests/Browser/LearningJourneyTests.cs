using Microsoft.Playwright;
using Zicht.Features.Learning;
using Zicht.Features.PracticeGuide;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Tests.Browser;

/// <summary>
/// Learning together (issue 18) in a real browser: a worker plans a learning case and records a session with a note
/// for those who were not there, a colleague reads it, the team lead sees a new colleague without basic training,
/// and the guide's expectation shows on the case and on the team page. axe on every screen.
/// </summary>
[Collection(BrowserJourneys.Name)]
public class LearningJourneyTests(ZichtServer server) : IClassFixture<ZichtServer>
{
    [Fact]
    public async Task Plan_a_learning_case_share_a_note_see_the_newcomer_and_the_guide_on_case_and_team()
    {
        var world = await server.Data.WorldAsync();
        var worker = await server.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var colleague = await server.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var newcomer = await server.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var lead = await server.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true);
        var c = await server.Data.CaseAsync(world, world.TeamA, worker);
        await GuideAndRequirementAsync();
        await using var browser = await BrowserSession.OpenAsync(server.BaseUrl);
        var page = browser.Page;
        var button = (string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
        var main = page.Locator("main");

        // The worker plans a learning case for the team and adds a colleague.
        await browser.SignInAsync(worker.UserName!);
        await page.GotoAsync("/leren");
        await browser.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Een leerstructuur plannen" }).ClickAsync();
        await page.GetByLabel("Naam").FillAsync("Leercasus gezin met jonge kinderen");
        await page.GetByLabel("Doel").FillAsync("Zes maanden samen één dossier uitdiepen, met een trainer.");
        await page.GetByLabel("Samenstelling").FillAsync("Vier consulenten en een staflid");
        await page.GetByLabel("Ritme").FillAsync("Om de 14 dagen, 1,5 uur");
        await page.GetByLabel("Team", new() { Exact = true }).SelectOptionAsync(world.TeamA.Id.ToString());
        await browser.AssertAccessibleAsync();
        await button("Plannen").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Leercasus gezin met jonge kinderen");
        await page.GetByLabel("Een lid toevoegen").SelectOptionAsync(colleague.Id.ToString());
        await button("Toevoegen").ClickAsync();
        await Assertions.Expect(main).ToContainTextAsync(colleague.DisplayName);
        await browser.AssertAccessibleAsync();

        // A session with the case discussed, and a note for the colleague who was not there.
        await page.GetByRole(AriaRole.Link, new() { Name = "Een sessie registreren" }).ClickAsync();
        await page.GetByLabel("Thema").FillAsync("Gevaarsboodschap in gewone taal");
        await page.Locator("#CaseIds").SelectOptionAsync(c.Id.ToString());
        await page.GetByLabel("Notitie voor collega's die er niet bij waren").FillAsync("Lees de gevaarsboodschap luidop voor aan iemand die het dossier niet kent.");
        await browser.AssertAccessibleAsync();
        await button("Sessie bewaren").ClickAsync();
        await Assertions.Expect(main).ToContainTextAsync("Lees de gevaarsboodschap luidop voor");
        await Assertions.Expect(main).ToContainTextAsync(c.Reference);
        await browser.AssertAccessibleAsync();
        await browser.SignOutAsync();

        // The colleague reads the note from the directory.
        await browser.SignInAsync(colleague.UserName!);
        await page.GotoAsync("/leren");
        await Assertions.Expect(main).ToContainTextAsync("Lees de gevaarsboodschap luidop voor");
        await page.GetByRole(AriaRole.Link, new() { Name = "Leercasus gezin met jonge kinderen ·", Exact = false }).First.ClickAsync();
        await Assertions.Expect(main).ToContainTextAsync("Wie er was");
        await browser.AssertAccessibleAsync();
        await browser.SignOutAsync();

        // The team lead records when the newcomer started; they show as without basic training.
        await browser.SignInAsync(lead.UserName!);
        await page.GotoAsync("/leren/team");
        await page.Locator($"#start-{newcomer.Id}").FillAsync(DateOnly.FromDateTime(DateTime.Today).AddMonths(-1).ToString("yyyy-MM-dd"));
        await page.Locator($"form:has(#start-{newcomer.Id}) button").ClickAsync();
        await Assertions.Expect(page.Locator("section[aria-labelledby=without-basic]")).ToContainTextAsync(newcomer.DisplayName);
        await browser.AssertAccessibleAsync();

        // The guide's expectation on the case, once its process team is recorded, and on the team page.
        await page.GotoAsync($"/dossiers/{c.Id}/procesteams");
        await button("Procesteam registreren").ClickAsync();
        await page.GotoAsync($"/dossiers/{c.Id}");
        var checklist = page.Locator("details.guide-checklist");
        await checklist.Locator("summary").ClickAsync();
        await Assertions.Expect(checklist).ToContainTextAsync("Elk nieuw dossier wordt besproken op het procesteam.");
        await Assertions.Expect(checklist).ToContainTextAsync("1 van 1");
        await browser.AssertAccessibleAsync();
        await page.GotoAsync("/praktijkgids/teams");
        await Assertions.Expect(page.Locator($"section:has(h2:text-is('{world.TeamA.Name}'))")).ToContainTextAsync("1 van 1");
        await browser.AssertAccessibleAsync();
        await page.GotoAsync($"/dossiers/{c.Id}/verslagen/halfjaarlijks");
        await Assertions.Expect(main).ToContainTextAsync("Minimale verwachtingen uit de praktijkgids");
        await browser.AssertAccessibleAsync();
    }

    private Task GuideAndRequirementAsync() => server.Data.WithDbAsync(async db =>
    {
        var by = db.Users.First().Id;
        var version = new GuideVersion { Number = 1, PublishedOn = new DateOnly(2026, 1, 5), PublishedById = by };
        version.Expectations.Add(new MinimalExpectation
        {
            Phase = CasePhase.Referral,
            Order = 0,
            Dutch = "Elk nieuw dossier wordt besproken op het procesteam.",
            English = "Every new case is discussed in a process team.",
            Rule = ExpectationRule.ProcessTeam,
        });
        version.Expectations.Add(new MinimalExpectation
        {
            Phase = CasePhase.Investigation,
            Order = 1,
            Dutch = "Het kind werd gehoord.",
            English = "The child was heard.",
            Rule = ExpectationRule.Step,
            Step = PracticeStep.ChildrenInvolved,
        });
        db.AddRange(version, new RoleRequirement { Role = Roles.Caseworker, Kind = CourseKind.Basic, WithinMonths = 6 });
        await db.SaveChangesAsync();
    });
}
