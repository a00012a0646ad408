using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.CaseAudits;
using Zicht.Infrastructure.Auth;
using Zicht.Tests.Features.CaseAudits;

namespace Zicht.Tests.Features.Outcomes;

/// <summary>The learning report carries the case-audit themes (suppressed like the audit overview) and downloads as a PDF.</summary>
public class LearningReportThemesTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    /// <summary>Closes <paramref name="count"/> audits of team A, each by another worker, with one learning point on <paramref name="principle"/>.</summary>
    private async Task<TestData.World> ClosedConversationsAsync(int count, string principle, DateOnly closedOn)
    {
        var world = await app.Data.WorldAsync();
        var lead = await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true);
        for (var i = 0; i < count; i++)
        {
            var s = await AuditSetup.CreateAsync(app, world: world, lead: lead);
            await app.Data.WithDbAsync(async db =>
            {
                var audit = await db.Set<CaseAudit>().IgnoreQueryFilters().SingleAsync(a => a.Id == s.AuditId);
                audit.ClosedOn = closedOn;
                var conversation = new AuditConversation { CaseId = s.Case.Id, AuditId = audit.Id, HeldOn = closedOn };
                conversation.LearningPoints.Add(new AuditLearningPoint { CaseId = s.Case.Id, Principle = principle, Text = "Het netwerk vroeger uitnodigen." });
                db.Add(conversation);
                await db.SaveChangesAsync();
            });
        }
        return world;
    }

    [Fact]
    public async Task A_teams_report_counts_the_learning_points_of_its_closed_audit_conversations_per_half_year()
    {
        var world = await ClosedConversationsAsync(5, "P2", new DateOnly(2025, 10, 1));
        var lead = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true)).UserName!);

        var page = await lead.GetPageAsync($"/leerrapport?scope=team&id={world.TeamA.Id}&half=2025-H2");

        var themes = page.QuerySelector("table.themes")!;
        var row = themes.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "2025-H2");
        var codes = themes.QuerySelectorAll("thead th abbr").Select(a => a.TextContent).ToList();
        Assert.Equal("5", row.QuerySelectorAll("td")[codes.IndexOf("P2")].TextContent);
        Assert.Equal("0", row.QuerySelectorAll("td")[codes.IndexOf("P1")].TextContent);

        // An earlier half-year's report does not see conversations closed after it.
        var earlier = await lead.GetPageAsync($"/leerrapport?scope=team&id={world.TeamA.Id}&half=2025-H1");
        Assert.Null(earlier.QuerySelector("table.themes"));
    }

    [Fact]
    public async Task Too_few_conversations_show_as_too_few_never_as_a_count()
    {
        var world = await ClosedConversationsAsync(2, "P1", new DateOnly(2024, 3, 1));
        var policy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Policy)).UserName!);

        var page = await policy.GetPageAsync($"/leerrapport?scope=organisation&id={world.Division.Id}&half=2024-H1");

        var row = page.QuerySelectorAll("table.themes tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "2024-H1");
        Assert.Equal("te weinig om te tonen", row.QuerySelector("td")!.TextContent);
    }

    [Fact]
    public async Task The_learning_report_downloads_as_a_pdf()
    {
        var world = await app.Data.WorldAsync();
        var lead = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true)).UserName!);

        var response = await lead.GetAsync($"/leerrapport?scope=team&id={world.TeamA.Id}&half=2025-H2&pdfFile=true");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("leerrapport-2025-H2.pdf", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(bytes[..4]));
    }
}
