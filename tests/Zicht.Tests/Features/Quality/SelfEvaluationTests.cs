using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Quality;
using Zicht.Infrastructure.Audit;

namespace Zicht.Tests.Features.Quality;

/// <summary>The coordinator's self-evaluation through the pages: levels, motivations, submitting, two people at once, the audit trail.</summary>
public class SelfEvaluationTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Theory]
    [InlineData("3.5")]
    [InlineData("between 3 and 4")]
    [InlineData("6")]
    [InlineData("-1")]
    public async Task A_level_that_is_not_one_whole_number_from_0_to_5_is_refused_next_to_the_field_and_nothing_is_saved(string level)
    {
        var s = await QualitySetup.CreateAsync(app);
        var year = QualitySetup.FreshYear();

        var response = await s.ScoreAsync(year, s.North, "2", "3", level);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = HttpForms.Parse(await response.TextAsync());
        Assert.Contains("Geef één geheel getal van 0 tot 5", page.QuerySelector("#level-1-error")!.TextContent);
        Assert.Equal(level, page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#level-1")!.Value);
        Assert.Equal("Duiding org_vision", page.QuerySelector("#explanation-0")!.TextContent);
        Assert.Equal(0, await app.Data.WithDbAsync(db => db.Set<DomainScore>().CountAsync(x => x.DepartmentId == s.North)));
    }

    [Fact]
    public async Task Carry_over_without_motivation_is_refused_and_with_one_it_is_kept()
    {
        var s = await QualitySetup.CreateAsync(app);
        var year = QualitySetup.FreshYear();
        var values = new Dictionary<string, string> { ["Scores[4].Level"] = "3", ["Scores[4].CarriedOver"] = "true", ["Scores[4].Explanation"] = "" };

        var refused = await s.Client.SubmitAsync(QualitySetup.ScoreUrl(year, s.North), values);
        values["Scores[4].Explanation"] = "Onthaalprocedure ongewijzigd sinds vorig jaar.";
        var saved = await s.Client.SubmitAsync(QualitySetup.ScoreUrl(year, s.North), values);

        Assert.Contains("heeft een motivering nodig", HttpForms.Parse(await refused.TextAsync()).QuerySelector("#explanation-4-error")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var score = await app.Data.WithDbAsync(db => db.Set<DomainScore>().SingleAsync(x => x.DepartmentId == s.North));
        Assert.Equal(("reception", 3, true), (score.Domain, score.Level, score.CarriedOver));
    }

    [Fact]
    public async Task Submitting_needs_all_16_domains_for_every_department_and_the_organisation_level_is_the_lowest_department()
    {
        var s = await QualitySetup.CreateAsync(app);
        var year = QualitySetup.FreshYear();
        await s.ScoreAsync(year, s.North, "3", "4");
        await s.ScoreAsync(year, s.South, "", "1", "2", "3");

        var early = await s.Client.SubmitAsync($"/kwaliteit/zelfevaluatie/{year}", new Dictionary<string, string>(), "main form[action*=Submit]");
        Assert.Contains("elke afdeling moet eerst alle 16 domeinen scoren", await early.TextAsync());
        await s.SubmittedAsync(year, north: "3", south: "1");

        var page = await s.Client.GetPageAsync($"/kwaliteit/zelfevaluatie/{year}");
        var firstRow = page.QuerySelectorAll("table.levels tbody tr")[0].QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        // Columns in department order (Contextbegeleiding Zuid, Leefgroep Noord), then the organisation level and who sets it.
        Assert.Equal(["1", "3", "1", "Contextbegeleiding Zuid"], firstRow.Take(4));
        Assert.Contains("Ingediend op", page.QuerySelector("main")!.TextContent);
        Assert.Equal(SelfEvaluationStatus.Submitted, await app.Data.WithDbAsync(db => db.Set<SelfEvaluation>().Where(e => e.OrganisationId == s.World.Provider.Id).Select(e => e.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_submitted_self_evaluation_edited_by_two_people_at_once_tells_the_second_and_keeps_the_first()
    {
        var s = await QualitySetup.CreateAsync(app);
        var year = QualitySetup.FreshYear();
        await s.SubmittedAsync(year);
        var colleague = await app.SignedInAsync((await app.Data.StaffAsync(s.World, Zicht.Infrastructure.Auth.Roles.QualityCoordinator, provider: true)).UserName!);
        var mine = await s.Client.GetPageAsync(QualitySetup.ScoreUrl(year, s.North));
        var theirs = await colleague.GetPageAsync(QualitySetup.ScoreUrl(year, s.North));

        Assert.Equal(HttpStatusCode.Redirect, (await QualitySetup.ScoreAsync(colleague, year, s.North, "4")).StatusCode);
        var late = await PostFormAsync(s.Client, mine, QualitySetup.ScoreUrl(year, s.North), "1");

        Assert.Contains("Iemand anders wijzigde deze zelfevaluatie", await late.TextAsync());
        Assert.Equal(16, await app.Data.WithDbAsync(db => db.Set<DomainScore>().CountAsync(x => x.DepartmentId == s.North && x.Level == 4)));
        Assert.NotNull(theirs);
    }

    [Fact]
    public async Task Every_change_is_in_the_audit_trail()
    {
        var s = await QualitySetup.CreateAsync(app);
        var year = QualitySetup.FreshYear();
        await s.SubmittedAsync(year);

        var lines = await app.Data.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.ActorId == s.Coordinator.Id).ToListAsync());

        Assert.Equal(32, lines.Count(a => a.EntityType == nameof(DomainScore) && a.Action == AuditActions.Create));
        Assert.Contains(lines, a => a.EntityType == nameof(SelfEvaluation) && a.Action == AuditActions.Update);
        Assert.Contains(lines, a => a.EntityType == nameof(QualityDepartment) && a.Action == AuditActions.Create);
    }

    /// <summary>Posts a form as it was loaded earlier (its version included), with every level set.</summary>
    private static Task<HttpResponseMessage> PostFormAsync(HttpClient client, AngleSharp.Html.Dom.IHtmlDocument page, string url, string level)
    {
        var fields = page.QuerySelectorAll("main form[method=post] input, main form[method=post] textarea")
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name") ?? "", e is AngleSharp.Html.Dom.IHtmlTextAreaElement t ? t.Value : e.GetAttribute("value") ?? ""))
            .Where(f => f.Key.Length > 0 && !f.Key.EndsWith(".CarriedOver", StringComparison.Ordinal))
            .Select(f => f.Key.EndsWith(".Level", StringComparison.Ordinal) ? new KeyValuePair<string, string>(f.Key, level) : f).ToList();
        return client.PostAsync(url, new FormUrlEncodedContent(fields));
    }
}
