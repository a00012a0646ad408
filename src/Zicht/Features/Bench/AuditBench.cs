using System.Collections.Concurrent;
using System.CommandLine;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Cli;
using Zicht.Kernel;

namespace Zicht.Features.Bench;

/// <summary>
/// <c>zicht bench audit [--workers 200] [--seconds 20]</c>: caseworkers each opening their own case again and
/// again, spread over two nodes (two service providers, each with its own connection pool, on the configured
/// database), with read-auditing on and then off. An "open" is what a case page does with the database: read the
/// case and its people, then write the read line through the audited save. Not over HTTP: it measures the audit
/// trail's contention, not rendering. Use a scratch database: it adds a bench organisation and its cases.
/// </summary>
internal static class AuditBench
{
    public static Command Build()
    {
        var workers = new Option<int>("--workers") { Description = "Concurrent caseworkers, each on its own case.", DefaultValueFactory = _ => 200 };
        var seconds = new Option<int>("--seconds") { Description = "Seconds per run.", DefaultValueFactory = _ => 20 };
        var pool = new Option<int>("--pool") { Description = "Connections per node.", DefaultValueFactory = _ => 40 };
        var chained = new Option<bool>("--chained-reads") { Description = "Write each read into its chain at once, as before decision 088 (for comparison)." };
        var seal = new Option<double>("--seal-seconds") { Description = "How often the seal job runs during the audited run.", DefaultValueFactory = _ => 5 };
        var command = new Command("audit", "Benchmark case opens with and without read-auditing, over two nodes on the configured database.") { workers, seconds, pool, chained, seal };
        command.SetAction((parse, ct) => FeatureCli.RunAsync("bench audit", async (sp, token) =>
        {
            var cases = await CreateCasesAsync(sp.GetRequiredService<ZichtDb>(), parse.GetValue(workers), token);
            var unsealed = !parse.GetValue(chained);
            await using var first = Node(parse.GetValue(pool), unsealed);
            await using var second = Node(parse.GetValue(pool), unsealed);
            var partitions = AuditChain.PartitionCount(sp.GetRequiredService<IConfiguration>());
            Console.WriteLine($"{cases.Count} caseworkers on {cases.Count} cases, two nodes of {parse.GetValue(pool)} connections, {partitions} audit partitions, reads {(unsealed ? $"unsealed, sealed every {parse.GetValue(seal)} s" : "chained at once")}, {(sp.GetRequiredService<ZichtDb>().IsPostgres ? "PostgreSQL" : "SQLite")}");
            await RunAsync([first.Services, second.Services], cases, audited: false, TimeSpan.FromSeconds(3), token); // warm-up
            var off = await RunAsync([first.Services, second.Services], cases, audited: false, TimeSpan.FromSeconds(parse.GetValue(seconds)), token);
            using var sealing = CancellationTokenSource.CreateLinkedTokenSource(token);
            var sealer = unsealed ? SealAsync(first.Services, TimeSpan.FromSeconds(parse.GetValue(seal)), sealing.Token) : Task.FromResult((0, 0));
            var on = await RunAsync([first.Services, second.Services], cases, audited: true, TimeSpan.FromSeconds(parse.GetValue(seconds)), token);
            await sealing.CancelAsync();
            var (runs, chainedLines) = await sealer;
            Console.WriteLine($"read-auditing off: {off}");
            Console.WriteLine($"read-auditing on:  {on}");
            Console.WriteLine($"throughput with auditing: {100.0 * on.PerSecond / off.PerSecond:0}% of without (target >= 70%)");
            if (unsealed)
            {
                var left = await sp.GetRequiredService<ZichtDb>().AuditTrail.LongCountAsync(a => a.Unsealed, token);
                Console.WriteLine($"seal job during the audited run: {runs} runs chained {chainedLines} reads; {left} still unsealed at its end");
            }
            return on.Errors + off.Errors == 0 ? 0 : 3;
        }, ct));
        return command;
    }

    private sealed record Result(int Opens, double PerSecond, double P50, double P99, int Errors)
    {
        public override string ToString() => $"{Opens} opens, {PerSecond:0} opens/s, p50 {P50:0.0} ms, p99 {P99:0.0} ms, {Errors} errors";
    }

    /// <summary>The seal job as a node runs it (under its lease), every <paramref name="every"/> until cancelled.</summary>
    private static async Task<(int Runs, int Lines)> SealAsync(IServiceProvider node, TimeSpan every, CancellationToken ct)
    {
        var (runs, lines) = (0, 0);
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                await Infrastructure.Jobs.LeasedJob.RunAsync(node.GetRequiredService<IServiceScopeFactory>(), "audit-seal", TimeSpan.FromMinutes(2), async token =>
                {
                    await using var scope = node.CreateAsyncScope();
                    scope.ServiceProvider.GetRequiredService<RequestContext>().Scope = CaseScope.Everything;
                    lines += await AuditSeal.SealAllAsync(scope.ServiceProvider.GetRequiredService<ZichtDb>(), token);
                    runs++;
                }, ct);
            }
        }
        catch (OperationCanceledException)
        {
            // the audited run is over
        }
        return (runs, lines);
    }

    private static WebApplication Node(int pool, bool unsealedReads)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders();
        builder.Configuration["Zicht:AuditReadsUnsealed"] = unsealedReads ? "true" : "false";
        var connection = builder.Configuration.GetConnectionString("Zicht");
        if (builder.Configuration["Database:Provider"] == "Postgres")
        {
            builder.Configuration["ConnectionStrings:Zicht"] = $"{connection};Maximum Pool Size={pool}";
        }
        Infrastructure.Web.WebSetup.AddServices(builder);
        return builder.Build();
    }

    private static async Task<Result> RunAsync(IServiceProvider[] nodes, List<Guid> cases, bool audited, TimeSpan length, CancellationToken ct)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var clock = Stopwatch.StartNew();
        var tasks = cases.Select((id, i) => Task.Run(async () =>
        {
            var node = nodes[i % nodes.Length];
            while (clock.Elapsed < length && !ct.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await OpenAsync(node, id, i, audited, ct);
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    if (Interlocked.Increment(ref errors) <= 3)
                    {
                        await Console.Error.WriteLineAsync($"error: {e.GetType().Name}: {e.Message}");
                    }
                }
            }
        }, ct)).ToList();
        await Task.WhenAll(tasks);
        var sorted = latencies.Order().ToList();
        double At(double q) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];
        return new Result(sorted.Count, sorted.Count / clock.Elapsed.TotalSeconds, At(0.50), At(0.99), errors);
    }

    private static async Task OpenAsync(IServiceProvider node, Guid id, int worker, bool audited, CancellationToken ct)
    {
        await using var scope = node.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<RequestContext>();
        context.Scope = CaseScope.Everything;
        context.ActorName = $"bench:worker{worker}";
        var db = scope.ServiceProvider.GetRequiredService<ZichtDb>();
        await db.Cases.AsNoTracking().Where(c => c.Id == id).Select(c => new { c.Id, c.Reference, c.TeamId }).FirstAsync(ct);
        await db.CasePeople.AsNoTracking().Where(p => p.CaseId == id).ToListAsync(ct);
        if (audited)
        {
            db.RecordAudit(AuditActions.Read, nameof(Case), id.ToString(), id);
            await db.SaveChangesAsync(ct);
        }
    }

    private static async Task<List<Guid>> CreateCasesAsync(ZichtDb db, int count, CancellationToken ct)
    {
        var bench = BenchOrganisation.Add(db);
        var worker = new StaffUser { DisplayName = "Bench worker", UserName = "bench-" + bench.Tag, OrganisationId = bench.Organisation.Id };
        db.Add(worker);
        var cases = Enumerable.Range(0, count).Select(i => bench.CaseOf(worker.Id, i)).ToList();
        db.AddRange(cases);
        await db.SaveChangesAsync(ct);
        return [.. cases.Select(c => c.Id)];
    }
}
