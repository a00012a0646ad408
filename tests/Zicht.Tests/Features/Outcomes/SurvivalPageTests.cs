using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Tests.Features.Outcomes;

/// <summary>The time-to-event page and its download over HTTP, for each kind of viewer.</summary>
public class SurvivalPageTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    private const string Step = "step_12_network_meeting";

    /// <summary>
    /// Team A: 12 trajectories opened in January 2024, closed after 200 days; 8 had a network meeting
    /// at day 40. Team B: 3 such trajectories, all with a meeting. For team A: S(40) = 4/12, so the
    /// median and p25 are 40 days (1.3 months), p75 is never reached, and the incidence at 6 and 12
    /// months is 8/12 (the 4 closures at day 200 are the competing event).
    /// </summary>
    private async Task<TestData.World> SetupAsync()
    {
        var world = await app.Data.WorldAsync();
        await app.Data.WithDbAsync(async db =>
        {
            for (var i = 0; i < 12; i++)
            {
                db.Add(Row(world, world.TeamA, $"A-{i}", new DateOnly(2024, 1, 10 + i), i < 8));
            }
            for (var i = 0; i < 3; i++)
            {
                db.Add(Row(world, world.TeamB, $"B-{i}", new DateOnly(2024, 3, 20 + i), true));
            }
            await db.SaveChangesAsync();
        });
        return world;
    }

    private static Trajectory Row(TestData.World w, Team team, string reference, DateOnly opened, bool meeting) => new()
    {
        CaseRef = reference,
        OrganisationId = w.Division.Id,
        ServiceId = team.ServiceId,
        RegionId = team.RegionId,
        TeamId = team.Id,
        OpenedOn = opened,
        ClosedOn = opened.AddDays(200),
        Step12 = meeting ? opened.AddDays(40) : null,
    };

    private static async Task<string> CsvAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/praktijk/tijd-tot?handler=Csv&indicator={Step}&{query}");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.TextAsync();
    }

    [Fact]
    public async Task A_team_lead_sees_the_teams_figures_unsuppressed_with_chart_and_cohorts()
    {
        var world = await SetupAsync();
        var lead = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true)).UserName!);

        var csv = await CsvAsync(lead, "level=team");

        Assert.StartsWith("level,group,indicator,n,events,censored,km_median_months,km_p25_months,km_p75_months,cif_6m_percent,cif_12m_percent,suppressed\n", csv);
        Assert.Contains($"team,{world.TeamA.Name},{Step},12,8,4,1.3,1.3,,66.7,66.7,false", csv);
        Assert.Contains($"opening_year,2024,{Step},12,8,4,1.3,1.3,,66.7,66.7,false", csv);
        Assert.DoesNotContain(world.TeamB.Name, csv);
        var page = System.Net.WebUtility.HtmlDecode(await (await lead.GetAsync($"/praktijk/tijd-tot?indicator={Step}&level=team")).TextAsync());
        Assert.Contains("<svg", page);
        Assert.Contains("66,7\u00a0%", page);
    }

    [Fact]
    public async Task A_worker_of_another_team_gets_only_their_own_team()
    {
        var world = await SetupAsync();
        var worker = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamB)).UserName!);

        var csv = await CsvAsync(worker, "level=team");

        Assert.DoesNotContain(world.TeamA.Name, csv);
        Assert.Contains($"team,{world.TeamB.Name},{Step},3,3,0,", csv);
        Assert.DoesNotContain(",12,8,4,", csv);
    }

    [Theory]
    [InlineData(Roles.Policy)]
    [InlineData(Roles.Researcher)]
    [InlineData(Roles.RegionalManager)]
    public async Task Aggregate_only_viewers_get_suppressed_groups_and_no_cohort_counts(string role)
    {
        var world = await SetupAsync();
        var viewer = await app.SignedInAsync((await app.Data.StaffAsync(world, role)).UserName!);

        var teams = await CsvAsync(viewer, "level=team");
        var total = await CsvAsync(viewer, "level=organisation");

        Assert.Contains($"team,{world.TeamB.Name},{Step},,,,,,,,,true", teams);
        // Organisation (15) = team A (12) + team B (3): at most one of the two may show its counts.
        Assert.False(teams.Contains($"team,{world.TeamA.Name},{Step},12,", StringComparison.Ordinal)
            && total.Contains($"organisation,{world.Division.Name},{Step},15,", StringComparison.Ordinal));
        var cohorts = teams.Split('\n').Where(l => l.StartsWith("opening_year,", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(cohorts);
        Assert.All(cohorts, l => Assert.Equal(["", "", ""], l.Split(',')[3..6]));
        // An earlier as-of is not theirs to choose: the same table as today.
        Assert.Equal(teams, await CsvAsync(viewer, "level=team&asof=2024-03-01"));
    }

    [Fact]
    public async Task An_earlier_as_of_date_sees_the_trajectories_as_they_stood()
    {
        var world = await SetupAsync();
        var lead = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true)).UserName!);

        // On 2024-02-15 team A's trajectories were 26 to 36 days old: no meeting yet, all censored.
        var csv = await CsvAsync(lead, "level=team&asof=2024-02-15");

        Assert.Contains($"team,{world.TeamA.Name},{Step},12,0,12,,,,0.0,0.0,false", csv);
    }

    [Fact]
    public async Task Someone_without_the_dashboards_gets_not_found()
    {
        var world = await SetupAsync();
        var privacy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.PrivacyOfficer)).UserName!);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await privacy.GetAsync("/praktijk/tijd-tot")).StatusCode);
    }
}
