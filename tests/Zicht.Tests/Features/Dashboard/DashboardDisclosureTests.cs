using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Tests.Features.Dashboard;

/// <summary>Issue 8 over HTTP: what each role downloads can not be subtracted back to a small team.</summary>
public class DashboardDisclosureTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    /// <summary>Team A: 12 closed trajectories, 8 with a network meeting; team B: 3. Opened early 2024.</summary>
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

    private async Task<string> CsvAsync(HttpClient client, string kind, string query) =>
        await (await client.GetAsync($"/praktijk/download/{kind}/csv?{query}")).TextAsync();

    /// <summary>The figures of one row of a download, or null when it is suppressed or absent.</summary>
    private static string? Shown(string csv, string level, string group, string indicator) =>
        csv.Split('\n').Select(l => l.Split(',')).FirstOrDefault(f => f.Length > 3 && f[0] == level && f[1] == group && f[2] == indicator && f[^1] == "false") is { } line
            ? string.Join(',', line[3..^1]) : null;

    [Theory]
    [InlineData(Roles.Policy)]
    [InlineData(Roles.Researcher)]
    [InlineData(Roles.RegionalManager)]
    [InlineData(Roles.RegionalStaff)]
    [InlineData(Roles.Administrator)]
    public async Task Aggregate_only_roles_cannot_get_a_small_team_back_from_its_organisations_total(string role)
    {
        var world = await SetupAsync();
        var client = await app.SignedInAsync((await app.Data.StaffAsync(world, role)).UserName!);
        var teams = await CsvAsync(client, "breadth", "level=team");
        var total = await CsvAsync(client, "breadth", "level=organisation");
        const string step = "step_12_network_meeting";
        Assert.Contains($"team,{world.TeamB.Name},{step},,,,true", teams);
        // Organisation (15) = team A (12) + team B (3): at most one of the two may be shown.
        Assert.True(Shown(teams, "team", world.TeamA.Name, step) is null || Shown(total, "organisation", world.Division.Name, step) is null);
        var counts = await CsvAsync(client, "counts", "level=team") + await CsvAsync(client, "counts", "level=organisation");
        Assert.True(Shown(counts, "team", world.TeamA.Name, "12") is null || !counts.Contains($"organisation,{world.Division.Name},15,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Aggregate_only_durations_show_no_minimum_or_maximum_but_a_team_lead_sees_them()
    {
        var world = await SetupAsync();
        var policy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Policy)).UserName!);
        var shown = (await CsvAsync(policy, "durations", "level=region")).Split('\n').Where(l => l.EndsWith(",false", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(shown);
        Assert.All(shown, l => Assert.Equal(["", ""], l.Split(',')[6..8]));
        var lead = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true)).UserName!);
        Assert.Contains($"team,{world.TeamA.Name},trajectory,12,6.6,6.6,6.6,6.6,0.0,false", await CsvAsync(lead, "durations", "level=team"));
    }

    [Fact]
    public async Task A_team_lead_still_sees_their_own_team_unsuppressed()
    {
        var world = await SetupAsync();
        var lead = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.TeamLead, world.TeamA, lead: true)).UserName!);
        Assert.Contains($"team,{world.TeamA.Name},step_12_network_meeting,12,8,66.7,false", await CsvAsync(lead, "breadth", "level=team"));
    }

    [Fact]
    public async Task Two_periods_a_day_apart_give_an_aggregate_only_viewer_the_same_figures()
    {
        var world = await SetupAsync();
        var policy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Policy)).UserName!);
        // Team B's trajectories open on 20–22 March: a window ending on the 20th against one ending on the 21st would isolate one.
        var a = await CsvAsync(policy, "breadth", "level=organisation&from=2024-03-01&to=2024-03-20");
        var b = await CsvAsync(policy, "breadth", "level=organisation&from=2024-03-01&to=2024-03-21");
        Assert.Equal(a, b);
        Assert.Equal(a, await CsvAsync(policy, "breadth", "level=organisation&from=2024-01-01&to=2024-03-31"));
    }

    [Fact]
    public async Task Teams_with_the_same_name_in_one_region_are_two_rows_told_apart_everywhere()
    {
        var world = await SetupAsync();
        var name = $"Noord {Guid.NewGuid():N}"[..14];
        await app.Data.WithDbAsync(async db =>
        {
            var sdj = new Service { Code = "SDJ", Name = "SDJ", OrganisationId = world.Division.Id };
            var ocjTeam = new Team { Name = name, ServiceId = world.Ocj.Id, RegionId = world.TeamA.RegionId };
            var sdjTeam = new Team { Name = name, Service = sdj, RegionId = world.TeamA.RegionId };
            db.AddRange(sdj, ocjTeam, sdjTeam);
            await db.SaveChangesAsync();
            for (var i = 0; i < 6; i++)
            {
                db.Add(Row(world, i < 2 ? ocjTeam : sdjTeam, $"N-{name}-{i}", new DateOnly(2023, 5, 1), true));
            }
            await db.SaveChangesAsync();
        });
        // Figures as the command line (and anyone allowed to open the cases) gets them: no merging.
        var (breadth, durations, counts) = await app.Data.WithDbAsync(async db =>
        {
            var queries = new Zicht.Features.Dashboard.FigureQueries(db);
            var filter = new Zicht.Features.Dashboard.FigureFilter();
            var team = Zicht.Features.Dashboard.FigureLevel.Team;
            return (await queries.BreadthAsync(team, filter, default), await queries.DurationsAsync(team, filter, default), await queries.CountsAsync(team, filter, default));
        });
        Assert.Equal(2, breadth.Single(r => r.Group == $"{name} (OCJ / Antwerpen)" && r.Indicator == "step_12_network_meeting").Denominator);
        Assert.Equal(4, breadth.Single(r => r.Group == $"{name} (SDJ / Antwerpen)" && r.Indicator == "step_12_network_meeting").Denominator);
        Assert.Equal(2, durations.Single(r => r.Group == $"{name} (OCJ / Antwerpen)" && r.Indicator == "trajectory").N);
        Assert.Equal(4, durations.Single(r => r.Group == $"{name} (SDJ / Antwerpen)" && r.Indicator == "trajectory").N);
        Assert.Equal(4, counts.Single(r => r.Group == $"{name} (SDJ / Antwerpen)").Trajectories);
        // Pages and downloads label them the same way, suppressed or not.
        var policy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Policy)).UserName!);
        var csv = await CsvAsync(policy, "durations", "level=team");
        Assert.Contains($"team,{name} (OCJ / Antwerpen),trajectory,", csv);
        Assert.Contains($"team,{name} (SDJ / Antwerpen),trajectory,", csv);
        var page = await policy.GetPageAsync("/praktijk?level=team");
        Assert.Contains($"{name} (OCJ / Antwerpen)", page.QuerySelector("main")!.TextContent);
    }
}
