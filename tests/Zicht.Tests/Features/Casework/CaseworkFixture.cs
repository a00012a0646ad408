using Microsoft.EntityFrameworkCore;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Tests.Features.Casework;

/// <summary>A team-A case with its responsible worker signed in: the starting point of most casework tests.</summary>
public sealed record CaseworkSetup(TestData.World World, StaffUser Worker, Case Case, HttpClient Client)
{
    public string Url(string path) => $"/dossiers/{Case.Id}/{path}";

    public static async Task<CaseworkSetup> CreateAsync(ZichtApp app)
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        return new CaseworkSetup(world, worker, c, await app.SignedInAsync(worker.UserName!));
    }

    public Task<Trajectory?> TrajectoryAsync(ZichtApp app) =>
        app.Data.WithDbAsync(db => db.Set<Trajectory>().AsNoTracking().FirstOrDefaultAsync(t => t.CaseId == Case.Id));
}
