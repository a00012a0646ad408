using Microsoft.Playwright;
using Zicht.Features.CaseAudits;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Tests.Browser;

/// <summary>
/// The case audit of issue 9 in a real browser: the team lead starts an audit of a case the team is proud
/// of, both score alone, compare, hold the appreciative conversation, close, and the lead sees the team's
/// audits together (with four earlier audits of the team, so the minimum group size is met).
/// </summary>
[Collection(Zicht.Tests.Browser.BrowserJourneys.Name)]
public class CaseAuditJourneyTests(ZichtServer server) : IClassFixture<ZichtServer>
{
    [Fact]
    public async Task Worker_and_lead_score_alone_compare_talk_close_and_the_lead_sees_the_team_together()
    {
        var world = await server.Data.WorldAsync();
        var worker = await server.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var colleague = await server.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var lead = await server.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true);
        var c = await server.Data.CaseAsync(world, world.TeamA, worker);
        for (var i = 0; i < 4; i++)
        {
            await EarlierAuditAsync(world, i % 2 == 0 ? worker : colleague, lead);
        }
        await using var browser = await BrowserSession.OpenAsync(server.BaseUrl);
        var page = browser.Page;
        var button = (string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });
        var link = (string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

        // The lead starts an audit of a case the team is proud of, with the worker.
        await browser.SignInAsync(lead.UserName!);
        await page.GotoAsync($"/dossiers/{c.Id}");
        await page.Locator("nav.case-nav").GetByRole(AriaRole.Link, new() { Name = "Casusaudits", Exact = true }).ClickAsync();
        await link("Een casusaudit starten").ClickAsync();
        await page.GetByLabel("Een dossier waar we fier op zijn").CheckAsync();
        await browser.AssertAccessibleAsync();
        await button("Start").ClickAsync();
        await Assertions.Expect(page.GetByText("Gestart. Jullie scoren nu elk apart.")).ToBeVisibleAsync();
        var auditUrl = page.Url;

        // The lead scores alone.
        await link("Nu scoren").ClickAsync();
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotForDocsAsync("case-audit-score.png");
        await ScoreAsync(page, ["7", "6", "4", "8"], "Sterk netwerk");
        await Assertions.Expect(page.GetByText("Je scoring is ingediend.", new() { Exact = false })).ToBeVisibleAsync();
        await browser.SignOutAsync();

        // The worker scores alone, without seeing the lead's scores.
        await browser.SignInAsync(worker.UserName!);
        await page.GotoAsync(auditUrl);
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Sterk netwerk");
        await link("Nu scoren").ClickAsync();
        await ScoreAsync(page, ["7", "8", "6", "8"], "Ik deed mijn best");
        await Assertions.Expect(page.GetByText("Beide scorings zijn binnen", new() { Exact = false })).ToBeVisibleAsync();

        // Compare, differences first, then the appreciative conversation, then close.
        await link("Beide scores naast elkaar").ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Waarom geef ik dat cijfer, waarom gaf jij dat cijfer?");
        await Assertions.Expect(page.Locator("table.compare tbody tr").First).ToContainTextAsync("P2");
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotForDocsAsync("case-audit-compare.png");
        await button("We hebben het besproken: naar het waarderend gesprek").ClickAsync();
        await page.GetByLabel("Wat ging goed?").FillAsync("De grootmoeder werd vroeg betrokken.");
        await page.GetByLabel("Wat kan beter?").FillAsync("Het kind eerder horen.");
        await page.GetByLabel("Uitgangspunt 3: Het kind als actieve partner").FillAsync("Drie huizen in de eerste maand");
        await browser.AssertAccessibleAsync();
        await button("Bewaren en de audit afsluiten").ClickAsync();
        await Assertions.Expect(page.GetByText("De audit is afgesloten.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Afgesloten");
        await browser.SignOutAsync();

        // The lead sees the team's five audits together: figures, never a worker or a case.
        await browser.SignInAsync(lead.UserName!);
        await page.GotoAsync("/casusaudits/overzicht");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("5 audits waarvan beide scorings ingediend zijn.");
        await Assertions.Expect(page.Locator("table.agreement")).ToContainTextAsync("Gewogen kappa");
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(worker.DisplayName);
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync(c.Reference);
        await browser.AssertAccessibleAsync();
        await browser.ScreenshotForDocsAsync("case-audit-team.png");
    }

    private static async Task ScoreAsync(IPage page, string[] scores, string note)
    {
        for (var i = 0; i < scores.Length; i++)
        {
            await page.Locator($"#score-{i}").FillAsync(scores[i]);
            await page.Locator($"#note-{i}").FillAsync(note);
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Mijn scoring indienen" }).ClickAsync();
    }

    private Task EarlierAuditAsync(TestData.World world, StaffUser worker, StaffUser lead) => server.Data.WithDbAsync(async db =>
    {
        var c = await server.Data.CaseAsync(world, world.TeamA, worker);
        var (templateId, template) = await new AuditTemplateStore(db).CurrentAsync();
        var audit = new CaseAudit
        {
            CaseId = c.Id,
            TemplateVersionId = templateId,
            WorkerId = worker.Id,
            ReviewerId = lead.Id,
            StartedById = lead.Id,
            Occasion = AuditOccasion.Hard,
            StartedOn = new DateOnly(2026, 9, 1),
        };
        foreach (var (role, who, score) in new[] { (AuditRole.Worker, worker.Id, 6), (AuditRole.Reviewer, lead.Id, 7) })
        {
            var scoring = new AuditScoring { CaseId = c.Id, Role = role, ScorerId = who };
            scoring.Scores.AddRange(template.ScaleQuestions.Select(x => new AuditScore { CaseId = c.Id, Principle = x.Principle.Code, Question = x.Question.Code, Score = score }));
            audit.Scorings.Add(scoring);
        }
        db.Add(audit);
        await db.SaveChangesAsync();
    });
}
