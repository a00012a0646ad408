using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Zicht.Features.Feedback;
using Zicht.Tests.Features.Audit;
using static Zicht.Tests.Features.Operations.Faults.Respondent;

namespace Zicht.Tests.Features.Operations.Faults;

/// <summary>
/// PostgreSQL stopped and started under two real node processes that serve respondents. Runs in the
/// PostgreSQL pass of the suite, against a cluster it creates itself (never the suite's or a developer's).
/// </summary>
public class PostgresRestartTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Two_nodes_carry_on_after_PostgreSQL_restarts_under_them_and_no_acknowledged_answer_is_lost()
    {
        if ((TestDatabase.UsePostgres ? ThrowawayCluster.Unavailable() : "runs in the PostgreSQL pass of the suite") is { } why)
        {
            Assert.Skip(why);
        }
        await using var cluster = await ThrowawayCluster.CreateAsync();
        var database = await TestDatabase.CreateOnAsync(cluster.Server);
        await using var app = new ZichtApp { SharedDatabase = database };
        await app.InitializeAsync();
        var file = Path.Combine(Path.GetTempPath(), $"zicht-links-{Guid.NewGuid():N}.txt");
        var prepared = await ZichtCommand.RunAsync(app, "surveys", "bench", "prepare", "--links", "240", "--out", file);
        var caseId = Guid.Parse(prepared.Output.Trim().Split('\n')[^1]);
        var tokens = await File.ReadAllLinesAsync(file);
        File.Delete(file);
        await using var a = await NodeProcess.StartAsync("a", database);
        await using var b = await NodeProcess.StartAsync("b", database);
        var (pidA, pidB) = (a.Pid, b.Pid);
        var startedBefore = await cluster.StartedAtAsync();
        var queue = new ConcurrentQueue<string>(tokens.Take(200));
        var acknowledged = new ConcurrentBag<string>();
        int sent = 0, stored = 0, failed = 0;

        // Six respondents through both nodes; one whose answer fails presses "send" again a little later.
        var respondents = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            using var respondent = new Respondent();
            while (queue.TryDequeue(out var token))
            {
                var outcome = Outcome.Failed;
                for (var attempt = 0; outcome == Outcome.Failed && attempt < 240; attempt++)
                {
                    var node = Interlocked.Increment(ref sent) % 2 == 0 ? a : b;
                    outcome = await respondent.AnswerAsync(node.Url, token);
                    if (outcome == Outcome.Failed)
                    {
                        Interlocked.Increment(ref failed);
                        await Task.Delay(250);
                    }
                }
                if (outcome == Outcome.Stored)
                {
                    acknowledged.Add(token);
                    Interlocked.Increment(ref stored);
                }
            }
        })).ToList();
        while (Volatile.Read(ref stored) < 40)
        {
            await Task.Delay(20);
        }
        await cluster.RestartAsync(down: TimeSpan.FromSeconds(2));
        await Task.WhenAll(respondents);
        NpgsqlConnection.ClearAllPools(); // this test process's own pool held connections to the old server

        Assert.NotEqual(startedBefore, await cluster.StartedAtAsync());
        Assert.True(a.Running && b.Running);
        Assert.Equal((pidA, pidB), (a.Pid, b.Pid)); // the nodes were not restarted
        output.WriteLine($"{acknowledged.Count} answers acknowledged; {failed} attempts failed while PostgreSQL was down or reconnecting");
        // Recovered: each node now takes every answer at the first try.
        using (var after = new Respondent())
        {
            foreach (var (token, i) in tokens.Skip(200).Select((t, i) => (t, i)))
            {
                Assert.Equal(Outcome.Stored, await after.AnswerAsync(i % 2 == 0 ? a.Url : b.Url, token));
                acknowledged.Add(token);
            }
        }
        var counted = await ZichtCommand.RunAsync(app, "surveys", "bench", "count", "--case", caseId.ToString());
        Assert.Equal(0, counted.ExitCode);
        Assert.Contains($"used={tokens.Length} responses={tokens.Length}", counted.Output);
        var hashes = acknowledged.Select(InvitationToken.Hash).ToList();
        Assert.Equal(acknowledged.Count, await app.Data.WithDbAsync(db => db.Set<FeedbackInvitation>().IgnoreQueryFilters()
            .CountAsync(i => i.TokenHash != null && hashes.Contains(i.TokenHash) && i.UsedAt != null)));
        Assert.Equal(0, (await ZichtCommand.RunAsync(app, "verify-audit")).ExitCode);
    }
}
