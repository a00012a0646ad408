using Zicht.Features.Trajectories;
using Zicht.Tests.Features.Audit;

namespace Zicht.Tests.Features.Outcomes;

/// <summary><c>zicht export survival</c>: the exact header and figures of survival.md on standard output.</summary>
public class SurvivalCommandTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task Export_survival_writes_the_format_for_one_indicator_and_level()
    {
        var world = await app.Data.WorldAsync();
        // Closures at 100, 100, 200 days; two open trajectories censored at 2025-01-01 (366 and 300 days).
        await app.Data.WithDbAsync(async db =>
        {
            foreach (var (opened, closed) in new (DateOnly, DateOnly?)[]
            {
                (new(2024, 1, 1), new(2024, 4, 10)), (new(2024, 1, 1), new(2024, 4, 10)), (new(2024, 1, 1), new(2024, 7, 19)),
                (new(2024, 1, 1), null), (new(2024, 3, 7), null),
            })
            {
                db.Add(new Trajectory
                {
                    CaseRef = $"S-{Guid.NewGuid():N}"[..12],
                    OrganisationId = world.Division.Id,
                    ServiceId = world.TeamA.ServiceId,
                    RegionId = world.TeamA.RegionId,
                    TeamId = world.TeamA.Id,
                    OpenedOn = opened,
                    ClosedOn = closed,
                });
            }
            await db.SaveChangesAsync();
        });

        var result = await ZichtCommand.RunAsync(app, "export", "survival", "--by", "team", "--indicator", "trajectory", "--as-of", "2025-01-01");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("level,group,indicator,n,events,censored,km_median_months,km_p25_months,km_p75_months,cif_6m_percent,cif_12m_percent,suppressed", lines[0]);
        // S(100) = 3/5, S(200) = 3/5 × 2/3 = 2/5: p25 100 days (3.3), median 200 days (6.6), p75 never; 1 − S(182) = 40%, 1 − S(365) = 60%.
        Assert.Contains($"team,{world.TeamA.Name},trajectory,5,3,2,6.6,3.3,,40.0,60.0,false", lines);
        Assert.Contains($"team,{world.TeamB.Name},trajectory,0,0,0,,,,,,false", lines);
    }

    [Fact]
    public async Task An_unknown_indicator_is_refused_with_the_list_of_indicators()
    {
        var result = await ZichtCommand.RunAsync(app, "export", "survival", "--by", "team", "--indicator", "step_99");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--indicator must be", result.Error);
    }
}
