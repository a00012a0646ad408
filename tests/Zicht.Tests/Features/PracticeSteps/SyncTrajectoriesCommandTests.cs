using Microsoft.EntityFrameworkCore;
using Zicht.Features.Network;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;
using Zicht.Tests.Features.Audit;

namespace Zicht.Tests.Features.PracticeSteps;

/// <summary>`zicht sync-trajectories` gives cases made outside casework (seeding, bulk loads) their trajectory row.</summary>
public class SyncTrajectoriesCommandTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task Sync_trajectories_derives_the_row_of_a_case_that_has_none()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        await app.Data.WithDbAsync(async db =>
        {
            db.Add(new NetworkMeeting { CaseId = c.Id, HeldOn = new DateOnly(2026, 3, 3), Attendees = "mama, oma" });
            await db.SaveChangesAsync();
        });

        var result = await ZichtCommand.RunAsync(app, "sync-trajectories");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("trajectories derived", result.Output);
        var row = await app.Data.WithDbAsync(db => db.Set<Trajectory>().AsNoTracking().SingleAsync(t => t.CaseId == c.Id));
        Assert.Equal(new DateOnly(2026, 3, 3), row.StepOn(PracticeStep.NetworkMeeting));
        Assert.Equal(1, row.NetworkMeetings);
        Assert.Equal(worker.StaffCode, row.Worker);
    }
}
