using System.Net;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Dashboard;

/// <summary>The breadth and durations pages over HTTP: a chart beside every table, with a legend, a labelled axis and the numbers the Belgian way.</summary>
public class DashboardChartTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    /// <summary>Team A: 6 trajectories closed in 2024 (4 with a network meeting after 2 months) and 6 closed in 2025; team B: 3.</summary>
    private async Task<TestData.World> SetupAsync()
    {
        var world = await app.Data.WorldAsync();
        await app.Data.WithDbAsync(async db =>
        {
            for (var i = 0; i < 15; i++)
            {
                var team = i < 12 ? world.TeamA : world.TeamB;
                var opened = new DateOnly(i < 6 ? 2024 : 2025, 1, 10);
                db.Add(new Trajectory
                {
                    CaseRef = $"C-{i}",
                    OrganisationId = world.Division.Id,
                    ServiceId = team.ServiceId,
                    RegionId = team.RegionId,
                    TeamId = team.Id,
                    OpenedOn = opened,
                    ClosedOn = opened.AddDays(300),
                    Step12 = i % 6 < 4 ? opened.AddDays(61) : null,
                });
            }
            await db.SaveChangesAsync();
        });
        return world;
    }

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.TextAsync());
    }

    [Fact]
    public async Task The_breadth_page_has_a_chart_beside_its_table_and_a_trend_on_a_date_axis()
    {
        var world = await SetupAsync();
        var lead = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true)).UserName!);

        var page = await PageAsync(lead, "/praktijk?level=team");

        Assert.Contains("<svg class=\"chart\" role=\"img\" aria-labelledby=\"breadth-title breadth-desc\"", page);
        Assert.Contains($">{world.TeamA.Name}</text>", page);
        Assert.Contains("66,7\u00a0%", page);
        // The trend: closing years as a date axis with their labels, a legend entry per indicator.
        Assert.Contains("aria-labelledby=\"trend-title trend-desc\"", page);
        Assert.Contains(">Jaar van afsluiting</text>", page);
        Assert.Contains(">2024</text>", page);
        Assert.Contains(">2025</text>", page);
        Assert.Contains(">12 Netwerkberaad</text>", page);
        Assert.Contains(">50\u00a0%</text>", page);
    }

    [Fact]
    public async Task The_durations_page_has_a_chart_per_group_with_median_and_mean_in_its_legend()
    {
        var world = await SetupAsync();
        var lead = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true)).UserName!);

        var page = await PageAsync(lead, "/praktijk/duurtijden?level=team");

        Assert.Contains("aria-labelledby=\"durations-0-title durations-0-desc\"", page);
        Assert.Contains($"Maanden na de start: {world.TeamA.Name}", page);
        Assert.Contains(">Mediaan</text>", page);
        Assert.Contains(">Gemiddelde</text>", page);
        Assert.Contains(">maanden na de start</text>", page);
        // 61 days = 2,0 months, in the table beside the chart.
        Assert.Contains("<td class=\"num\">2,0</td>", page);
    }

    [Fact]
    public async Task An_aggregate_only_viewer_sees_the_charts_without_the_hidden_figures()
    {
        var world = await SetupAsync();
        var policy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Policy)).UserName!);

        var page = await PageAsync(policy, "/praktijk/duurtijden?level=team");

        // Team B (3 trajectories) is hidden in its table, and its chart draws no marker at all.
        var start = page.IndexOf($"Maanden na de start: {world.TeamB.Name}", StringComparison.Ordinal);
        Assert.True(start >= 0);
        var chart = page[start..page.IndexOf("</svg>", start, StringComparison.Ordinal)];
        var legend = chart.IndexOf(">Gemiddelde</text>", StringComparison.Ordinal);
        Assert.DoesNotContain("<circle", chart[legend..]);
    }
}
