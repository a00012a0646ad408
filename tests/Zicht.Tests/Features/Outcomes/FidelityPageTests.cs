using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Outcomes;

/// <summary>The steps-and-outcomes page over HTTP: counts for the team, suppression for aggregate-only viewers.</summary>
public class FidelityPageTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    private const string Step = "step_03_informed_network_started";

    /// <summary>Team A: 20 closed trajectories of 2023; the first 10 informed a network within a month, 2 of them placed; 6 of the other 10 placed.</summary>
    private async Task<TestData.World> SetupAsync()
    {
        var world = await app.Data.WorldAsync();
        await app.Data.WithDbAsync(async db =>
        {
            for (var i = 0; i < 20; i++)
            {
                var opened = new DateOnly(2023, 1, 2 + i);
                var placed = i < 10 ? i < 2 : i < 16;
                db.Add(new Trajectory
                {
                    CaseRef = $"F-{i}",
                    OrganisationId = world.Division.Id,
                    ServiceId = world.TeamA.ServiceId,
                    RegionId = world.TeamA.RegionId,
                    TeamId = world.TeamA.Id,
                    OpenedOn = opened,
                    ClosedOn = opened.AddDays(270),
                    Step03 = i < 10 ? opened.AddDays(30) : null,
                    Placement = placed ? (i % 2 == 0 ? Placement.FamilyNetwork : Placement.Residential) : Placement.None,
                });
            }
            await db.SaveChangesAsync();
        });
        return world;
    }

    private static async Task<string> CsvAsync(HttpClient client, string query = "") =>
        await (await client.GetAsync("/praktijk/samenhang?handler=Csv&" + query)).TextAsync();

    /// <summary>Team B of the same world: 3 closed trajectories, none informed early, one placed.</summary>
    private async Task AddSmallTeamBAsync(TestData.World world) => await app.Data.WithDbAsync(async db =>
    {
        for (var i = 0; i < 3; i++)
        {
            var opened = new DateOnly(2023, 2, 2 + i);
            db.Add(new Trajectory
            {
                CaseRef = $"FB-{i}",
                OrganisationId = world.Division.Id,
                ServiceId = world.TeamB.ServiceId,
                RegionId = world.TeamB.RegionId,
                TeamId = world.TeamB.Id,
                OpenedOn = opened,
                ClosedOn = opened.AddDays(200),
                Placement = i == 0 ? Placement.Residential : Placement.None,
            });
        }
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task Aggregate_only_viewers_get_lines_per_team_and_region_but_never_a_hidden_team_by_subtraction()
    {
        var world = await SetupAsync();
        await AddSmallTeamBAsync(world);
        var policy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Policy)).UserName!);

        static Dictionary<(string Outcome, string Step), string[]> Lines(string csv, string group) =>
            csv.Split('\n').Skip(1).Select(l => l.Split(',')).Where(l => l.Length > 3 && l[1] == group).ToDictionary(l => (l[2], l[3]));
        var teams = await CsvAsync(policy, "level=team&step=all");
        var organisation = await CsvAsync(policy, "level=organisation&step=all");
        var regions = await CsvAsync(policy, "level=region&step=all");

        var a = Lines(teams, world.TeamA.Name);
        var b = Lines(teams, world.TeamB.Name);
        var total = Lines(organisation, world.Division.Name);
        Assert.Equal(TrajectorySteps.Dated.Count * 3, b.Count);
        // Team B's lines are hidden, except where nothing is known (no re-referral can be followed: 0 and 0).
        Assert.All(b.Values, l => Assert.True(l[^1] == "true" || l[4] == "0" && l[7] == "0", string.Join(',', l)));
        Assert.Contains(b.Values, l => l[^1] == "true");
        // The division is team A plus team B: where B is hidden, A and the division are never both shown.
        Assert.All(b.Keys.Where(k => b[k][^1] == "true"), key => Assert.False(a[key][^1] == "false" && total[key][^1] == "false", $"{key} recoverable"));
        Assert.Contains(regions.Split('\n'), l => l.StartsWith("region,Antwerpen,", StringComparison.Ordinal));
        // A window that is not offered is read as three months, not as a new table.
        Assert.Equal(await CsvAsync(policy, "level=team&step=all&window=3"), await CsvAsync(policy, "level=team&step=all&window=4"));
    }

    [Fact]
    public async Task The_page_groups_by_the_chosen_level_with_a_line_per_group_and_the_warning()
    {
        var world = await SetupAsync();
        var policy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Policy)).UserName!);

        var page = System.Net.WebUtility.HtmlDecode(await (await policy.GetAsync($"/praktijk/samenhang?level=team&step={Step}")).TextAsync());

        Assert.Contains("Een samenhang, geen effect.", page);
        Assert.Contains($"<th scope=\"row\">{world.TeamA.Name}</th>", page);
        Assert.Contains("<option value=\"team\" selected=\"selected\">", page);
        Assert.Contains("Betekent:", page);
    }

    [Fact]
    public async Task A_team_lead_sees_counts_shares_and_the_difference_with_its_interval()
    {
        var world = await SetupAsync();
        var lead = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true)).UserName!);

        var csv = await CsvAsync(lead);

        Assert.StartsWith("level,group,outcome,indicator,early_n,early_with_outcome,early_percent,not_early_n,not_early_with_outcome,not_early_percent,risk_difference_points,ci95_lower_points,ci95_upper_points,suppressed\n", csv);
        var line = csv.Split('\n').Single(l => l.StartsWith($"team,{world.TeamA.Name},placement,{Step},", StringComparison.Ordinal)).Split(',');
        Assert.Equal(["10", "2", "20.0", "10", "6", "60.0", "-40.0"], line[4..11]);
        Assert.True(double.Parse(line[11], System.Globalization.CultureInfo.InvariantCulture) < -40 && double.Parse(line[12], System.Globalization.CultureInfo.InvariantCulture) > -40);
        var page = await (await lead.GetAsync("/praktijk/samenhang")).TextAsync();
        Assert.Contains("Een samenhang, geen effect.", page);
    }

    [Fact]
    public async Task Aggregate_only_viewers_do_not_see_a_line_where_few_had_the_outcome()
    {
        var world = await SetupAsync();
        var policy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Policy)).UserName!);

        var csv = await CsvAsync(policy);

        // Each setup places 2 of the early ones, one in the network: too few however many tests ran before.
        Assert.Contains($"organisation,{world.Division.Name},placement_in_network,{Step},,,,,,,,,,true", csv);
        foreach (var line in csv.Split('\n').Skip(1).Where(l => l.EndsWith(",false", StringComparison.Ordinal)).Select(l => l.Split(',')))
        {
            int N(int i) => int.Parse(line[i], System.Globalization.CultureInfo.InvariantCulture);
            if (N(4) + N(7) == 0)
            {
                continue; // nothing known (no re-referral can be followed here): 0 and 0 describe nobody
            }
            Assert.All(new[] { N(5), N(4) - N(5), N(8), N(7) - N(8) }, n => Assert.True(n is 0 or >= 5, string.Join(',', line)));
            Assert.True(N(4) >= 5 && N(7) >= 5);
        }
    }

    [Fact]
    public async Task A_worker_of_another_team_sees_nothing_of_team_a()
    {
        var world = await SetupAsync();
        var worker = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamB)).UserName!);

        var csv = await CsvAsync(worker);

        Assert.DoesNotContain(world.TeamA.Name, csv);
        Assert.DoesNotContain(world.Division.Name, csv);
        Assert.Single(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
