using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Dashboard;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Cli;

namespace Zicht.Features.Bench;

/// <summary>
/// <c>zicht bench dashboard [--trajectories N]</c>: generates the benchmark file, imports it (rows/s,
/// peak memory), loads the same file into DuckDB (the columnar reference), then times Zicht's figures
/// on the configured database against DuckDB's for the same figures, and the dashboard pages' data. <c>zicht bench seed-000 --out FILE</c> writes the seed-000 dataset.
/// </summary>
internal static class BenchCommand
{
    public static Command Build()
    {
        var count = new Option<int>("--trajectories") { Description = "How many trajectories to generate.", DefaultValueFactory = _ => 1_000_000 };
        var existing = new Option<bool>("--existing") { Description = "Skip generating and importing: time the figures on a database an earlier run filled (for iterating on queries)." };
        var importOnly = new Option<bool>("--import-only") { Description = "Stop after the import and DuckDB's load of the same file (the import ratio only)." };
        var dashboard = new Command("dashboard", "Benchmark import, breadth and durations on the configured database (use a scratch database).") { count, existing, importOnly };
        dashboard.SetAction((parse, ct) => FeatureCli.RunAsync("bench dashboard", (sp, token) => parse.GetValue(existing)
            ? RunExistingAsync(sp, token)
            : RunAsync(sp, parse.GetValue(count), parse.GetValue(importOnly), token), ct));
        var output = new Option<FileInfo>("--out") { Description = "File to write.", Required = true };
        var seed = new Command("seed-000", "Write the seed-000 provider-module dataset (370 trajectories) in the trajectory format.") { output };
        seed.SetAction(parse =>
        {
            using var writer = new StreamWriter(parse.GetValue(output)!.FullName, false, new UTF8Encoding(false));
            TrajectoryCsvWriter.Write(writer, Seed000Dataset.Generate());
            return 0;
        });
        return new Command("bench", "Benchmarks and reference datasets.") { dashboard, seed };
    }

    private static async Task<int> RunAsync(IServiceProvider sp, int count, bool importOnly, CancellationToken ct)
    {
        var db = sp.GetRequiredService<ZichtDb>();
        var others = await db.Set<Trajectory>().CountAsync(ct);
        if (others > 0)
        {
            throw new InvalidOperationException($"The database already holds {others} trajectories; run the benchmark on an empty scratch database.");
        }
        var provider = db.IsPostgres ? "PostgreSQL" : "SQLite";
        Console.WriteLine($"Zicht benchmark on {provider}, {count:N0} trajectories, {Environment.ProcessorCount} cores; load average {PeakMemory.LoadAverage()}");
        var file = await GenerateAsync(count);
        DuckDbReference duck;
        try
        {
            var zicht = await ImportAsync(sp, file, count, ct);
            (duck, var load) = await DuckDbReference.LoadAsync(file, ct);
            Console.WriteLine($"DuckDB CSV load (reference): {load:F1} s; import ratio Zicht / DuckDB {zicht.All / load:F1}× "
                + $"(rows committed, before the figure cells: {zicht.Rows / load:F1}×)");
        }
        finally
        {
            File.Delete(file);
        }
        await using (duck)
        {
            if (importOnly)
            {
                return 0;
            }
            if (db.IsPostgres)
            {
                // PostgreSQL's autovacuum analyzes a big table soon after an import; time the plans it gets then.
                // Zicht never runs ANALYZE on SQLite, so SQLite is timed without statistics, as the app runs
                // (with them, SQLite skip-scans the (TeamId, ClosedOn) index for date ranges: decision 089).
                await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
            }
            await BenchFigures.RunAsync(sp, duck, ct);
        }
        return 0;
    }

    private static async Task<int> RunExistingAsync(IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<ZichtDb>();
        var count = await db.Set<Trajectory>().CountAsync(ct);
        if (count == 0 || !await db.Organisations.AnyAsync(o => o.Name == BenchDataset.Organisation || o.Code == BenchDataset.Organisation, ct))
        {
            throw new InvalidOperationException("--existing needs a database filled by an earlier `bench dashboard` run.");
        }
        Console.WriteLine($"Zicht benchmark on {(db.IsPostgres ? "PostgreSQL" : "SQLite")}, {count:N0} existing trajectories, {Environment.ProcessorCount} cores; load average {PeakMemory.LoadAverage()}");
        // The dataset is deterministic: the same count gives the same rows for the DuckDB reference.
        var file = await GenerateAsync(count);
        DuckDbReference duck;
        try
        {
            (duck, var load) = await DuckDbReference.LoadAsync(file, ct);
            Console.WriteLine($"DuckDB CSV load (reference): {load:F1} s");
        }
        finally
        {
            File.Delete(file);
        }
        await using (duck)
        {
            await BenchFigures.RunAsync(sp, duck, ct);
        }
        return 0;
    }

    private static async Task<string> GenerateAsync(int count)
    {
        var file = Path.Combine(Path.GetTempPath(), $"zicht-bench-{Guid.NewGuid():N}.csv");
        var watch = Stopwatch.StartNew();
        await using (var writer = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 16))
        {
            BenchDataset.Write(writer, count);
        }
        Console.WriteLine($"generate CSV: {watch.Elapsed.TotalSeconds:F1} s, {new FileInfo(file).Length / 1048576.0:F0} MiB");
        return file;
    }

    /// <summary>Imports the file as <c>./zicht import trajectories</c> does; prints rows/s and the import's own peak RSS; returns seconds, in all and until the rows were committed.</summary>
    private static async Task<(double All, double Rows)> ImportAsync(IServiceProvider sp, string file, int count, CancellationToken ct)
    {
        GC.Collect();
        var reset = PeakMemory.Reset();
        var watch = Stopwatch.StartNew();
        var outcome = await ImportCommand.RunAsync(sp.GetRequiredService<TrajectoryImport>(), new FileInfo(file), createMissing: true, ct);
        watch.Stop();
        if (!outcome.Accepted)
        {
            throw new InvalidOperationException("The benchmark file was rejected: " + outcome.Problems[0]);
        }
        Console.WriteLine($"import: {outcome.Inserted:N0} rows in {watch.Elapsed.TotalSeconds:F1} s = {count / watch.Elapsed.TotalSeconds:N0} rows/s "
            + $"(validation, all-or-nothing, {(outcome.IndexesBuiltAtEnd ? "indexes built at the end, " : "")}figure cells built: {outcome.FiguresRebuilt.TotalSeconds:F1} s of it); peak RSS {(reset ? "during the import" : "of the process")} (VmHWM) {PeakMemory.MiB():F0} MiB, "
            + $"GC heap {GC.GetGCMemoryInfo(GCKind.Any).HeapSizeBytes / 1048576.0:F0} MiB now");
        return (watch.Elapsed.TotalSeconds, (watch.Elapsed - outcome.FiguresRebuilt).TotalSeconds);
    }
}
