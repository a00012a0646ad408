using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.SafetyScales;
using Zicht.Tests.Features.Casework;

namespace Zicht.Tests.Features.SafetyScales;

public class SafetyScaleTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    private static Task<HttpResponseMessage> ScoreAsync(CaseworkSetup s, string score, string who, ScorerRole role, string on = "2026-04-01", bool shared = false) =>
        s.Client.SubmitAsync(s.Url("schalen"), new Dictionary<string, string>
        {
            ["Input.Score"] = score,
            ["Input.ScorerName"] = who,
            ["Input.ScorerRole"] = role.ToString(),
            ["Input.ScoredOn"] = on,
            ["Input.SharedWithParents"] = shared ? "true" : "false",
        }, "section[aria-labelledby='add-score'] form");

    [Fact]
    public async Task A_score_the_child_gave_reaches_parent_facing_outputs_only_with_the_childs_consent()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await ScoreAsync(s, "3", "Lotte-zonder-toestemming", ScorerRole.Child);
        await ScoreAsync(s, "7", "Lotte-met-toestemming", ScorerRole.Child, on: "2026-04-02", shared: true);
        await ScoreAsync(s, "5", "Mama", ScorerRole.Parent);

        foreach (var output in new[] { "verslagen/evolutie", "verslagen/gezinsplan" })
        {
            var html = await (await s.Client.GetAsync(s.Url(output))).TextAsync();
            Assert.DoesNotContain("Lotte-zonder-toestemming", html);
        }
        var progress = await (await s.Client.GetAsync(s.Url("verslagen/evolutie"))).TextAsync();
        Assert.Contains("Lotte-met-toestemming", progress);
        Assert.Contains("Mama", progress);
        // The worker's own scale page shows every score.
        Assert.Contains("Lotte-zonder-toestemming", await (await s.Client.GetAsync(s.Url("schalen"))).TextAsync());
    }

    [Theory]
    [InlineData("11")]
    [InlineData("-1")]
    public async Task A_score_outside_0_to_10_is_refused_and_nothing_is_saved(string score)
    {
        var s = await CaseworkSetup.CreateAsync(app);

        var response = await ScoreAsync(s, score, "Mama", ScorerRole.Parent);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("De score moet tussen 0 en 10 liggen.", await response.TextAsync());
        Assert.False(await app.Data.WithDbAsync(db => db.Set<SafetyScore>().AnyAsync(x => x.CaseId == s.Case.Id)));
    }

    [Fact]
    public async Task Scores_of_two_people_show_as_a_trend_with_numbers_and_a_highlighted_difference()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await ScoreAsync(s, "3", "Consulent", ScorerRole.Worker, "2026-04-01");
        await ScoreAsync(s, "8", "Mama", ScorerRole.Parent, "2026-04-01");
        await ScoreAsync(s, "5", "Consulent", ScorerRole.Worker, "2026-05-01");

        var page = await s.Client.GetPageAsync(s.Url("schalen"));

        var chart = page.QuerySelector("svg[aria-labelledby='scale-chart-title scale-chart-desc']")!;
        Assert.Equal(2, chart.QuerySelectorAll("g.series").Length);
        Assert.Single(chart.QuerySelectorAll("rect.highlight"));
        // A date axis: a month of scores gets a labelled tick each Monday ("6 apr", "13 apr" …).
        Assert.Contains("13 apr", chart.TextContent);
        var rows = page.QuerySelectorAll("table.data tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Consulent") && r.Contains('3') && r.Contains('5'));
        Assert.Contains("van 3 tot 8", page.QuerySelector(".difference")!.TextContent);
    }
}
