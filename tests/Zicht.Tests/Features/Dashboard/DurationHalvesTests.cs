using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Data;
using Zicht.Features.Dashboard;
using Zicht.Features.Trajectories;

namespace Zicht.Tests.Features.Dashboard;

/// <summary>In the app, durations are read in two halves on two connections; the figures must be exactly those of one read.</summary>
public class DurationHalvesTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(FigureLevel.Organisation)]
    [InlineData(FigureLevel.Region)]
    [InlineData(FigureLevel.Team)]
    [InlineData(FigureLevel.Worker)]
    [InlineData(FigureLevel.ClosingYear)]
    public async Task Two_halves_give_exactly_the_figures_of_one_read(FigureLevel level)
    {
        await app.Data.WithDbAsync(async db =>
        {
            if (!await db.Set<Trajectory>().AnyAsync(Ct))
            {
                await FigureQueryTests.SeedAsync(db);
            }
            return true;
        });
        await using var scope = app.Services.CreateAsyncScope();
        var inHalves = scope.ServiceProvider.GetRequiredService<FigureQueries>();
        var inOne = new FigureQueries(scope.ServiceProvider.GetRequiredService<ZichtDb>());
        var filter = new FigureFilter { From = new DateOnly(2019, 6, 1), ThresholdMonths = 6 };

        var expected = await inOne.DurationsAsync(level, filter, Ct);

        Assert.Equal(expected, await inHalves.DurationsAsync(level, filter, Ct));
        Assert.Contains(expected, r => r.N > 1);
    }
}
