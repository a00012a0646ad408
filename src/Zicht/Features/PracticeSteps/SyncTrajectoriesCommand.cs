using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Cli;

namespace Zicht.Features.PracticeSteps;

/// <summary>
/// <c>zicht sync-trajectories</c>: (re)derives the Trajectory row of every live case from its records.
/// For cases created before casework existed or by bulk seeding, and as a repair after a data fix.
/// </summary>
internal static class SyncTrajectoriesCommand
{
    public static Command Create()
    {
        var command = new Command("sync-trajectories", "Re-derive every live case's trajectory row (13 step dates, counts) from its records.");
        command.SetAction((_, ct) => ZichtCli.WithServicesAsync("sync-trajectories", async (sp, token) =>
        {
            var db = sp.GetRequiredService<ZichtDb>();
            var sync = sp.GetRequiredService<CaseTrajectorySync>();
            var ids = await db.Cases.IgnoreQueryFilters().Select(c => c.Id).ToListAsync(token);
            await CliProgress.RunAsync("Cases", ids.Count, async progress =>
            {
                var done = 0;
                foreach (var id in ids)
                {
                    await sync.SyncAsync(id, token);
                    // One case at a time: the change tracker would otherwise grow with every row.
                    db.ChangeTracker.Clear();
                    progress.Report(++done);
                }
            });
            Console.WriteLine($"{ids.Count} trajectories derived.");
            return 0;
        }, ct));
        return command;
    }
}
