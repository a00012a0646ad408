using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Dashboard;
using Zicht.Features.Trajectories;

namespace Zicht.Features.Bench;

/// <summary>Times Zicht's figures and the hand-written SQL for the same figures, best of three after a warm-up.</summary>
internal static class BenchFigures
{
    public static async Task RunAsync(IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<ZichtDb>();
        var queries = sp.GetRequiredService<FigureQueries>();
        var all = new FigureFilter();
        Console.WriteLine($"load average before timing: {(File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg", ct)).Trim() : "?")}");
        await ColdCellsAsync(db, queries, ct);
        Console.WriteLine("figure                       Zicht      SQL   ratio");
        foreach (var (level, column) in new[] { (FigureLevel.Region, "RegionId"), (FigureLevel.Team, "TeamId") })
        {
            var name = FigureLevels.Code(level);
            await CompareAsync($"breadth by {name}", () => queries.BreadthAsync(level, all, ct),
                () => HandWrittenSql.RunAsync(db, HandWrittenSql.Breadth(column, db.IsPostgres), ct));
            var sql = await CompareAsync($"durations by {name}", () => queries.DurationsAsync(level, all, ct),
                () => HandWrittenSql.RunAsync(db, HandWrittenSql.Durations(column, db.IsPostgres, 8), ct));
            var fromTrajectories = await BestOfThreeAsync(() => queries.DurationsFromTrajectoriesAsync(level, all, ct));
            Console.WriteLine($"{"  (from trajectories)",-26} {fromTrajectories,6:F2} s {sql,6:F2} s   {fromTrajectories / sql:F2}×");
        }
        var data = sp.GetRequiredService<DashboardData>();
        var team = await db.Teams.OrderBy(t => t.Name).Select(t => new { t.Id, t.RegionId }).FirstAsync(ct);
        var teamLead = new FigureFilter { TeamIds = [team.Id], Status = TrajectoryStatus.Open };
        var region = new FigureFilter { RegionIds = [team.RegionId] };
        await PageAsync("breadth, team lead (open cases, matrix)", () => data.BreadthAsync(FigureLevel.Team, teamLead, true, null, ct));
        await PageAsync("breadth, region (teams side by side)", () => data.BreadthAsync(FigureLevel.Team, region, false, 5, ct));
        await PageAsync("breadth, organisation (regions)", () => data.BreadthAsync(FigureLevel.Region, all, false, 5, ct));
        await PageAsync("durations, team lead", () => data.DurationsAsync(FigureLevel.Team, teamLead, null, ct));
        await PageAsync("durations, region (teams)", () => data.DurationsAsync(FigureLevel.Team, region, 5, ct));
        await PageAsync("durations, organisation (regions)", () => data.DurationsAsync(FigureLevel.Region, all, 5, ct));
        var changed = 0;
        await PageAsync("durations, organisation, one team just changed", async () =>
        {
            // What a casework save does to the figures: one team's cells are out of date and rebuilt.
            var teams = await db.Teams.OrderBy(t => t.Name).Select(t => t.Id).ToListAsync(ct);
            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                await TeamFigureStamps.TouchAsync(db, [teams[changed++ % teams.Count]], ct);
                await transaction.CommitAsync(ct);
            }
            return await data.DurationsAsync(FigureLevel.Region, all, 5, ct);
        });
        await PageAsync("core data, organisation (regions)", () => data.CoreDataAsync(FigureLevel.Region, all, 5, ct));
    }

    /// <summary>The first durations view after a big import: every team's cells are built and stored.</summary>
    private static async Task ColdCellsAsync(ZichtDb db, FigureQueries queries, CancellationToken ct)
    {
        var seconds = new List<string>();
        for (var i = 0; i < 2; i++) // the first also compiles the queries
        {
            await db.Set<DurationCellTeam>().ExecuteDeleteAsync(ct);
            var watch = Stopwatch.StartNew();
            await queries.DurationsAsync(FigureLevel.Region, new FigureFilter(), ct);
            seconds.Add($"{watch.Elapsed.TotalSeconds:F2} s");
        }
        var cells = await db.Set<DurationCell>().CountAsync(ct);
        var bytes = await db.Set<DurationCell>().SumAsync(c => (long)c.Offsets.Length, ct);
        Console.WriteLine($"duration cells built from scratch (first view after an import): {string.Join(", then ", seconds)}; {cells:N0} cells, {bytes / 1048576.0:F1} MiB");
    }

    /// <summary>Prints both times and their ratio; returns the SQL's time.</summary>
    private static async Task<double> CompareAsync<T1, T2>(string label, Func<Task<T1>> zicht, Func<Task<T2>> sql)
    {
        var z = await BestOfThreeAsync(zicht);
        var s = await BestOfThreeAsync(sql);
        Console.WriteLine($"{label,-26} {z,6:F2} s {s,6:F2} s   {z / s:F2}×");
        return s;
    }

    private static async Task PageAsync<T>(string label, Func<Task<T>> load) =>
        Console.WriteLine($"page data: {label,-42} {await BestOfThreeAsync(load):F2} s");

    private static async Task<double> BestOfThreeAsync<T>(Func<Task<T>> work)
    {
        await work(); // warm-up: query plans, caches
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        return best;
    }
}
