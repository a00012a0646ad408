using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Dashboard;
using Zicht.Features.Outcomes;
using Zicht.Features.Trajectories;

namespace Zicht.Features.Bench;

/// <summary>
/// Times Zicht's figures against DuckDB's for the same figures on the same rows (the columnar reference),
/// at every level with and without a period, then the dashboard pages' data. Best of three after a
/// warm-up; a figure whose warm-up takes over 3 s is timed once more only (the run must end).
/// </summary>
internal static class BenchFigures
{
    /// <summary>The period of the "with a period" lines: a whole year, as an aggregate-only viewer may ask it (whole quarters).</summary>
    public static readonly FigureFilter Period = new() { From = new DateOnly(2020, 1, 1), To = new DateOnly(2020, 12, 31) };

    /// <summary>A period that starts and ends mid-month, as a caseworker or team lead may ask it: cells plus the boundary months' trajectories (decision 089).</summary>
    public static readonly FigureFilter MidMonthPeriod = new() { From = new DateOnly(2020, 3, 15), To = new DateOnly(2020, 11, 20) };

    /// <summary>The as-of date of the survival lines: after every date of <see cref="BenchDataset"/> (openings to 2024, steps up to 700 days later), so the figures are fixed.</summary>
    public static readonly DateOnly SurvivalAsOf = new(2027, 1, 1);

    public static async Task RunAsync(IServiceProvider sp, DuckDbReference duck, CancellationToken ct)
    {
        var db = sp.GetRequiredService<ZichtDb>();
        var queries = sp.GetRequiredService<FigureQueries>();
        var survival = sp.GetRequiredService<SurvivalQueries>();
        var all = new FigureFilter();
        Console.WriteLine($"load average before timing: {PeakMemory.LoadAverage()}");
        await ColdCellsAsync(db, queries, ct);
        var copy = Stopwatch.StartNew();
        await queries.TallyAsync(FigureLevel.Worker, Period, ct);
        var mirror = sp.GetService<FigureMirror>();
        Console.WriteLine($"figure mirror copied from scratch (first period-by-worker view after a start): {copy.Elapsed.TotalSeconds:F2} s; "
            + (mirror is null ? "the mirror is switched off (Figures:Mirror)" : $"DuckDB holds {await mirror.MemoryMiBAsync(ct):F0} MiB for it"));
        Console.WriteLine($"{"figure",-48} {"Zicht",9} {"DuckDB",9} {"ratio",8}");
        var ratios = new List<(string, double)>();
        foreach (var (filter, label) in new[] { (all, ""), (Period, ", period 2020"), (MidMonthPeriod, ", 15 Mar-20 Nov 2020") })
        {
            foreach (var level in new[] { FigureLevel.Organisation, FigureLevel.Region, FigureLevel.Team, FigureLevel.Worker })
            {
                var name = FigureLevels.Code(level) + label;
                // One read (TallyAsync) gives a page both breadth and counts (and the closing-year trend).
                var tally = await BestAsync(() => queries.TallyAsync(level, filter, ct));
                ratios.Add(Line($"breadth by {name}", tally, await BestAsync(() => duck.QueryAsync(DuckDbReference.Breadth(level, filter), ct))));
                ratios.Add(Line($"counts by {name}", tally, await BestAsync(() => duck.QueryAsync(DuckDbReference.Counts(level, filter), ct))));
                ratios.Add(Line($"durations by {name}", await BestAsync(() => queries.DurationsAsync(level, filter, ct)),
                    await BestAsync(() => duck.QueryAsync(DuckDbReference.Durations(level, filter), ct))));
                ratios.Add(Line($"survival by {name}",
                    await BestAsync(() => survival.RowsAsync(FigureLevels.Code(level), SurvivalDefinition.Trajectory, filter, SurvivalAsOf, ct)),
                    await BestAsync(() => duck.QueryAsync(DuckDbReference.Survival(level, filter, SurvivalDefinition.Trajectory, SurvivalAsOf), ct))));
            }
        }
        var within = ratios.Count(r => r.Item2 <= 2);
        Console.WriteLine($"figures within 2× of DuckDB: {within} of {ratios.Count}; worst {ratios.MaxBy(r => r.Item2).Item1} {ratios.Max(r => r.Item2):F1}×");
        var handWritten = await BestAsync(() => HandWrittenSql.RunAsync(db, HandWrittenSql.Breadth("TeamId", db.IsPostgres), ct));
        Console.WriteLine($"hand-written SQL GROUP BY on the trajectories, breadth by team: {handWritten:F3} s");

        var data = sp.GetRequiredService<DashboardData>();
        var team = await db.Teams.OrderBy(t => t.Name).Select(t => new { t.Id, t.RegionId }).FirstAsync(ct);
        var teamLead = new FigureFilter { TeamIds = [team.Id], Status = TrajectoryStatus.Open };
        var region = new FigureFilter { RegionIds = [team.RegionId] };
        await PageAsync("breadth, team lead (open cases, matrix)", () => data.BreadthAsync(FigureLevel.Team, teamLead, true, null, ct));
        await PageAsync("breadth, region (teams side by side)", () => data.BreadthAsync(FigureLevel.Team, region, false, 5, ct));
        await PageAsync("breadth, organisation (regions)", () => data.BreadthAsync(FigureLevel.Region, all, false, 5, ct));
        await PageAsync("breadth, organisation (regions), period", () => data.BreadthAsync(FigureLevel.Region, Period, false, 5, ct));
        await PageAsync("durations, team lead", () => data.DurationsAsync(FigureLevel.Team, teamLead, null, ct));
        await PageAsync("durations, region (teams)", () => data.DurationsAsync(FigureLevel.Team, region, 5, ct));
        await PageAsync("durations, organisation (regions)", () => data.DurationsAsync(FigureLevel.Region, all, 5, ct));
        await PageAsync("durations, organisation (regions), period", () => data.DurationsAsync(FigureLevel.Region, Period, 5, ct));
        var teams = await db.Teams.OrderBy(t => t.Name).Select(t => t.Id).ToListAsync(ct);
        var changed = 0;
        async Task TouchOneTeamAsync()
        {
            // What a casework save does to the figures: one team's cells (and its copy in the mirror) are out of date.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await TeamFigureStamps.TouchAsync(db, [teams[changed++ % teams.Count]], ct);
            await transaction.CommitAsync(ct);
        }
        await PageAsync("durations, organisation, one team just changed", async () =>
        {
            await TouchOneTeamAsync();
            return await data.DurationsAsync(FigureLevel.Region, all, 5, ct);
        });
        await PageAsync("breadth by worker, period, one team just changed", async () =>
        {
            await TouchOneTeamAsync();
            return await queries.TallyAsync(FigureLevel.Worker, Period, ct);
        });
        await PageAsync("core data, organisation (regions)", () => data.CoreDataAsync(FigureLevel.Region, all, 5, ct));
        await PageAsync("core data, organisation (regions), period", () => data.CoreDataAsync(FigureLevel.Region, Period, 5, ct));
        Console.WriteLine($"load average at the end: {PeakMemory.LoadAverage()}; peak RSS of the whole run (VmHWM, DuckDB included) {PeakMemory.MiB():F0} MiB");
    }

    private static (string, double) Line(string label, double zicht, double duck)
    {
        Console.WriteLine($"{label,-48} {zicht,7:F3} s {duck,7:F3} s {zicht / duck,7:F1}×");
        return (label, zicht / duck);
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

    private static async Task PageAsync<T>(string label, Func<Task<T>> load) =>
        Console.WriteLine($"page data: {label,-48} {await BestAsync(load):F3} s");

    private static async Task<double> BestAsync<T>(Func<Task<T>> work)
    {
        var warmUp = Stopwatch.StartNew();
        await work(); // warm-up: query plans, caches
        var best = double.MaxValue;
        for (var i = 0; i < (warmUp.Elapsed.TotalSeconds > 3 ? 1 : 3); i++)
        {
            var watch = Stopwatch.StartNew();
            await work();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        return best;
    }
}
