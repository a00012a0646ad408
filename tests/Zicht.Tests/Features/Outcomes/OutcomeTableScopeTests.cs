using System.Net;
using Zicht.Features.SafetyScales;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Outcomes;

/// <summary>The outcome table for a period and for a region or team: every bound figure follows, a period without data says "not measured", and a small team stays hidden whatever is subtracted.</summary>
public class OutcomeTableScopeTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    /// <summary>Team A: 12 trajectories opened in January 2024 and closed 300 days later, 6 placed; team B (unless left out): 3, none placed.</summary>
    private async Task<TestData.World> SetupAsync(bool withTeamB = true)
    {
        var world = await app.Data.WorldAsync();
        await app.Data.WithDbAsync(async db =>
        {
            for (var i = 0; i < (withTeamB ? 15 : 12); i++)
            {
                var team = i < 12 ? world.TeamA : world.TeamB;
                var opened = new DateOnly(2024, 1, 10 + i);
                db.Add(new Trajectory
                {
                    CaseRef = $"P-{i}",
                    OrganisationId = world.Division.Id,
                    ServiceId = team.ServiceId,
                    RegionId = team.RegionId,
                    TeamId = team.Id,
                    OpenedOn = opened,
                    ClosedOn = opened.AddDays(300),
                    Placement = i < 6 ? Placement.Residential : Placement.None,
                });
            }
            await db.SaveChangesAsync();
        });
        return world;
    }

    private static string CellOf(string page, string statement)
    {
        var start = page.IndexOf(statement, StringComparison.Ordinal);
        Assert.True(start >= 0, statement);
        return page[start..page.IndexOf("</li>", start, StringComparison.Ordinal)];
    }

    private async Task<string> PageAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/uitkomsten?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.TextAsync());
    }

    [Fact]
    public async Task A_period_without_data_says_not_measured_for_every_bound_figure_never_zero()
    {
        var world = await SetupAsync(withTeamB: false);
        var policy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Policy)).UserName!);

        // A date inside a quarter reads as the whole quarter.
        var in2024 = await PageAsync(policy, "scope=organisation&from=2024-02-15&to=2024-12-31");
        var in2022 = await PageAsync(policy, "scope=organisation&from=2022-01-01&to=2022-12-31");

        Assert.Contains("<strong>50,0\u00a0%</strong>", CellOf(in2024, "Minder uithuisplaatsingen"));
        Assert.Contains(world.Division.Name + ", 1/01/2024 tot en met 31/12/2024", in2024);
        foreach (var statement in new[] { "Minder uithuisplaatsingen", "Kortere trajecten", "Netwerkberaden per traject", "Veiligheid neemt toe volgens de consulent", "Barometer" })
        {
            Assert.Contains("niet gemeten", CellOf(in2022, statement));
            Assert.DoesNotContain("<strong>", CellOf(in2022, statement));
        }
    }

    [Fact]
    public async Task A_small_team_is_hidden_and_cannot_be_worked_out_from_the_team_beside_it_and_the_organisation()
    {
        var world = await SetupAsync();
        var policy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Policy)).UserName!);

        var teamA = CellOf(await PageAsync(policy, $"scope=team-{world.TeamA.Id:N}"), "Minder uithuisplaatsingen");
        var teamB = CellOf(await PageAsync(policy, $"scope=team-{world.TeamB.Id:N}"), "Minder uithuisplaatsingen");
        var division = CellOf(await PageAsync(policy, "scope=organisation"), "Minder uithuisplaatsingen");

        Assert.Contains("te weinig om te tonen", teamB);
        // The division is team A plus team B: both shown would give team B away.
        Assert.False(teamA.Contains("<strong>", StringComparison.Ordinal) && division.Contains("<strong>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_safety_scale_change_of_a_small_team_is_hidden_with_its_complement()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        foreach (var (team, count, change) in new[] { (world.TeamA, 5, 2), (world.TeamB, 2, 4) })
        {
            for (var i = 0; i < count; i++)
            {
                var c = await app.Data.CaseAsync(world, team, worker);
                await app.Data.WithDbAsync(async db =>
                {
                    db.Add(new SafetyScore { CaseId = c.Id, ScorerRole = ScorerRole.Worker, ScorerName = "Consulent", Score = 3, ScoredOn = new DateOnly(2026, 3, 2) });
                    db.Add(new SafetyScore { CaseId = c.Id, ScorerRole = ScorerRole.Worker, ScorerName = "Consulent", Score = 3 + change, ScoredOn = new DateOnly(2026, 5, 4) });
                    await db.SaveChangesAsync();
                });
            }
        }
        var policy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Policy)).UserName!);
        const string Statement = "Veiligheid neemt toe volgens de consulent";

        var teamA = CellOf(await PageAsync(policy, $"scope=team-{world.TeamA.Id:N}"), Statement);
        var teamB = CellOf(await PageAsync(policy, $"scope=team-{world.TeamB.Id:N}"), Statement);
        var division = CellOf(await PageAsync(policy, "scope=organisation"), Statement);

        Assert.Contains("te weinig om te tonen", teamB);
        Assert.False(teamA.Contains("<strong>", StringComparison.Ordinal) && division.Contains("<strong>", StringComparison.Ordinal));
        // Team A (5 cases) is the cheaper one to hide: the division shows the mean over all 7, (5 × 2 + 2 × 4) / 7.
        Assert.Contains("<strong>+2,6</strong>", division);
        // Scores outside the period do not count.
        Assert.Contains("niet gemeten", CellOf(await PageAsync(policy, "scope=organisation&from=2026-04-01&to=2026-06-30"), Statement));
    }

    [Fact]
    public async Task Someone_without_the_dashboards_gets_not_found_and_an_unknown_scope_is_the_organisation()
    {
        var world = await SetupAsync();
        var privacy = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.PrivacyOfficer)).UserName!);
        var worker = await app.SignedInAsync((await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamB)).UserName!);

        Assert.Equal(HttpStatusCode.NotFound, (await privacy.GetAsync("/uitkomsten")).StatusCode);
        var page = await PageAsync(worker, $"scope=team-{Guid.NewGuid():N}");
        Assert.Contains($"<option value=\"organisation\" selected=\"selected\">{world.Division.Name}</option>", page);
        // A caseworker reads the same aggregates as everyone: team B's figure is hidden for them too.
        Assert.Contains("te weinig om te tonen", CellOf(await PageAsync(worker, $"scope=team-{world.TeamB.Id:N}"), "Minder uithuisplaatsingen"));
    }
}
