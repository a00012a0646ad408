using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Quality;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Quality;

/// <summary>The quality report from draft to read with feedback, its template and PDF, and the administration's sector view.</summary>
public class QualityReportTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task A_report_is_submitted_after_the_self_evaluation_and_the_administration_reads_it_with_feedback()
    {
        var s = await QualitySetup.CreateAsync(app);
        var year = QualitySetup.FreshYear();
        await s.ScoreAsync(year, s.North, "3");

        var early = await s.SubmitReportAsync(year, "Kwaliteit is samen leren.");
        await s.SubmittedAsync(year);
        var missingVision = await s.SubmitReportAsync(year, " ");
        var submitted = await s.SubmitReportAsync(year, "Kwaliteit is samen leren.");

        Assert.Contains("Dien eerst de zelfevaluatie van", await early.TextAsync());
        Assert.Contains("Schrijf de visie op kwaliteit", await missingVision.TextAsync());
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var administration = await app.SignedInAsync((await app.Data.StaffAsync(s.World, Roles.AdministrationOfficer)).UserName!);
        var list = await administration.GetPageAsync("/kwaliteit/verslagen");
        var link = list.QuerySelectorAll("main a").First(a => a.TextContent == s.World.Provider.Name).GetAttribute("href")!;
        var report = await administration.GetPageAsync(link);
        Assert.Equal(6, report.QuerySelectorAll("section.report-section").Length);
        Assert.Contains("Kwaliteit is samen leren.", report.QuerySelector("#vision")!.TextContent);
        Assert.Contains("Leefgroep Noord (OVBJ): niveau 2", report.QuerySelector("#self_evaluation")!.TextContent);
        var read = await administration.SubmitAsync(link, new Dictionary<string, string> { ["Feedback"] = "Heldere visie; graag meer over de nazorg." });
        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        var own = await s.Client.GetPageAsync($"/kwaliteit/verslag/{year}");
        Assert.Contains("Heldere visie; graag meer over de nazorg.", own.QuerySelector("section.feedback")!.TextContent);
        Assert.Null(own.QuerySelector("main form.report-form"));
        Assert.Equal(ReportStatus.Read, await app.Data.WithDbAsync(db => db.Set<QualityReport>().Where(r => r.OrganisationId == s.World.Provider.Id).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_growth_level_template_is_the_import_format_and_the_report_prints_as_a_pdf()
    {
        var s = await QualitySetup.CreateAsync(app);
        var year = QualitySetup.FreshYear();
        await s.SubmittedAsync(year);

        var csv = await (await s.Client.GetAsync($"/kwaliteit/verslag/{year}?handler=Template")).TextAsync();
        var xlsx = await s.Client.GetAsync($"/kwaliteit/verslag/{year}?handler=Template&format=xlsx");
        var pdf = await s.Client.GetAsync($"/kwaliteit/verslag/{year}?pdfFile=true");

        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("organisation,year,department,work_form,domain,level,carried_over,motivation", lines[0]);
        Assert.Equal($"{s.World.Provider.Name},{year},Contextbegeleiding Zuid,HCA,org_vision,3,false,Duiding org_vision", lines[1]);
        Assert.Equal(33, lines.Length);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.True(pdf.Content.Headers.ContentType!.MediaType == "application/pdf" ? bytes.AsSpan(0, 5).SequenceEqual("%PDF-"u8) : System.Text.Encoding.UTF8.GetString(bytes).Contains("report-toc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_sector_view_shows_aggregates_only_from_the_minimum_group_size_and_providers_by_name_never_ranked()
    {
        var year = QualitySetup.FreshYear();
        var administration = await app.SignedInAsync((await app.Data.StaffAsync(await app.Data.WorldAsync(), Roles.AdministrationOfficer)).UserName!);
        var names = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var s = await QualitySetup.CreateAsync(app);
            await s.SubmittedAsync(year, north: $"{i}", south: "5");
            names.Add(s.World.Provider.Name);
            if (i == 3)
            {
                var few = await administration.GetPageAsync($"/kwaliteit/sector?year={year}");
                Assert.Contains("te weinig", few.QuerySelector("table.distribution tbody tr")!.TextContent);
            }
        }

        var page = await administration.GetPageAsync($"/kwaliteit/sector?year={year}");

        var first = page.QuerySelector("table.distribution tbody tr")!.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        // Levels 0, 1, 2, 3, 4 (the lowest department of each provider): mean 2,0 beside the 2015 mean 2,0.
        Assert.Equal(["5", "2,0", "2,0", "1", "1", "1", "1", "1", "0"], first);
        var side = page.QuerySelectorAll("table.side-by-side tbody th").Select(th => th.TextContent).Where(names.Contains).ToList();
        Assert.Equal(names.Order(StringComparer.CurrentCulture), side);
        Assert.NotNull(page.QuerySelector("svg.chart title"));
    }
}
