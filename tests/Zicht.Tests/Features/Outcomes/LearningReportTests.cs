using System.Net;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Outcomes;

/// <summary>The half-yearly learning report: the team's own figures and note, aggregates for others, refused for another team.</summary>
public class LearningReportTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    private async Task<TestData.World> SetupAsync()
    {
        var world = await app.Data.WorldAsync();
        await app.Data.WithDbAsync(async db =>
        {
            for (var i = 0; i < 12; i++)
            {
                var opened = new DateOnly(2025, 1, 5 + i);
                db.Add(new Trajectory
                {
                    CaseRef = $"L-{i}",
                    OrganisationId = world.Division.Id,
                    ServiceId = world.TeamA.ServiceId,
                    RegionId = world.TeamA.RegionId,
                    TeamId = world.TeamA.Id,
                    OpenedOn = opened,
                    ClosedOn = opened.AddDays(150),
                    AdultSafetyPlanOn = i < 9 ? opened.AddDays(60) : null,
                });
            }
            await db.SaveChangesAsync();
        });
        return world;
    }

    [Fact]
    public async Task A_team_lead_reads_the_teams_report_writes_the_note_and_another_team_is_not_found()
    {
        var world = await SetupAsync();
        var lead = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true)).UserName!);
        var url = $"/leerrapport?scope=team&id={world.TeamA.Id}&half=2025-H2";

        var page = System.Net.WebUtility.HtmlDecode(await (await lead.GetAsync(url)).TextAsync());
        Assert.Contains(world.TeamA.Name, page);
        Assert.Contains("Wat zien we, wat zou het kunnen verklaren", page);
        // 9 of 12 had the adult safety plan at day 60 (2.0 months); all closed at day 150 (4.9 months).
        Assert.Contains("<td class=\"num\">2,0</td><td class=\"num\">75,0\u00a0%</td>", page);
        Assert.Contains("<td class=\"num\">4,9</td><td class=\"num\">100,0\u00a0%</td>", page);

        var saved = await lead.SubmitAsync(url, new Dictionary<string, string> { ["NoteText"] = "Meer veiligheidsplannen sinds de tandemgesprekken." });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Meer veiligheidsplannen sinds de tandemgesprekken.", await (await lead.GetAsync(url)).TextAsync());

        var other = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamB)).UserName!);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task An_aggregate_only_reader_sees_the_teams_dashboard_row_and_may_not_write_its_note()
    {
        var world = await SetupAsync();
        var policy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Policy)).UserName!);
        var url = $"/leerrapport?scope=team&id={world.TeamA.Id}&half=2025-H2";

        var response = await policy.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = System.Net.WebUtility.HtmlDecode(await response.TextAsync());
        Assert.DoesNotContain("name=\"NoteText\"", page);
        // The team's row as the dashboards show it to them, but no per-year cells the dashboards never show.
        Assert.Contains("75,0\u00a0% (9/12)", page);
        Assert.DoesNotContain("Aandeel trajecten per afsluitjaar", page);
        Assert.NotEqual(HttpStatusCode.Redirect, (await policy.PostAsync(url, new FormUrlEncodedContent([new("NoteText", "x")]))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await policy.GetAsync($"/leerrapport?scope=organisation&id={world.Division.Id}&half=2025-H2")).StatusCode);
    }
}
