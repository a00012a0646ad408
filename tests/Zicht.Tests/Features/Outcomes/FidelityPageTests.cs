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

    private static async Task<string> CsvAsync(HttpClient client) =>
        await (await client.GetAsync("/praktijk/samenhang?handler=Csv")).TextAsync();

    [Fact]
    public async Task A_team_lead_sees_counts_shares_and_the_difference_with_its_interval()
    {
        var world = await SetupAsync();
        var lead = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true)).UserName!);

        var csv = await CsvAsync(lead);

        Assert.StartsWith("outcome,indicator,early_n,early_with_outcome,early_percent,not_early_n,not_early_with_outcome,not_early_percent,risk_difference_points,ci95_lower_points,ci95_upper_points,suppressed\n", csv);
        var line = csv.Split('\n').Single(l => l.StartsWith($"placement,{Step},", StringComparison.Ordinal)).Split(',');
        Assert.Equal(["10", "2", "20.0", "10", "6", "60.0", "-40.0"], line[2..9]);
        Assert.True(double.Parse(line[9], System.Globalization.CultureInfo.InvariantCulture) < -40 && double.Parse(line[10], System.Globalization.CultureInfo.InvariantCulture) > -40);
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
        Assert.Contains($"placement_in_network,{Step},,,,,,,,,,true", csv);
        foreach (var line in csv.Split('\n').Skip(1).Where(l => l.EndsWith(",false", StringComparison.Ordinal)).Select(l => l.Split(',')))
        {
            int N(int i) => int.Parse(line[i], System.Globalization.CultureInfo.InvariantCulture);
            Assert.All(new[] { N(3), N(2) - N(3), N(6), N(5) - N(6) }, n => Assert.True(n is 0 or >= 5, string.Join(',', line)));
            Assert.True(N(2) >= 5 && N(5) >= 5);
        }
    }

    [Fact]
    public async Task A_worker_of_another_team_sees_nothing_of_team_a()
    {
        var world = await SetupAsync();
        var worker = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamB)).UserName!);

        var csv = await CsvAsync(worker);

        Assert.Contains($"placement,{Step},0,0,,0,0,,,,,false", csv);
    }
}
