using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Feedback;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Auth;
using Zicht.Tests.Features.Audit;
using static Zicht.Tests.Features.Operations.Faults.Respondent;

namespace Zicht.Tests.Features.Operations.Faults;

/// <summary>
/// kill -9 of a real node process while it works, with a second node on the same database carrying on:
/// what a respondent or a data steward was told was stored is stored, exactly once, and nothing is half there.
/// </summary>
public class NodeKillTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task A_node_killed_during_survey_submissions_loses_no_acknowledged_answer_and_stores_none_twice_or_half()
    {
        var (caseId, tokens, file) = await PrepareLinksAsync(300);
        await using var a = await NodeProcess.StartAsync("a", app.Database);
        await using var b = await NodeProcess.StartAsync("b", app.Database);
        var queue = new ConcurrentQueue<string>(tokens.Take(260));
        var acknowledged = new ConcurrentBag<string>();
        int onA = 0, storedOnA = 0, failedOnA = 0;

        // Eight respondents at once, every other one through node a; a failed answer is sent again
        // through node b, as a respondent presses "send" again and the load balancer skips the dead node.
        var respondents = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            using var respondent = new Respondent();
            while (queue.TryDequeue(out var token))
            {
                var throughA = Interlocked.Increment(ref onA) % 2 == 0;
                var outcome = await respondent.AnswerAsync(throughA ? a.Url : b.Url, token);
                if (throughA && outcome == Outcome.Stored)
                {
                    Interlocked.Increment(ref storedOnA);
                }
                for (var retry = 0; outcome == Outcome.Failed && retry < 5; retry++)
                {
                    Interlocked.Increment(ref failedOnA);
                    outcome = await respondent.AnswerAsync(b.Url, token);
                }
                if (outcome == Outcome.Stored)
                {
                    acknowledged.Add(token);
                }
            }
        })).ToList();
        var killer = Task.Run(async () =>
        {
            while (Volatile.Read(ref storedOnA) < 30 && !queue.IsEmpty)
            {
                await Task.Delay(20);
            }
            await a.KillAsync();
        });
        await Task.WhenAll([.. respondents, killer]);

        Assert.False(a.Running);
        Assert.True(failedOnA > 0, "node a was killed after the last answer it got: nothing was in flight");
        Assert.True(b.Running);
        await a.StartAgainAsync(); // same database, same port
        using (var late = new Respondent())
        {
            foreach (var token in tokens.Skip(260))
            {
                Assert.Equal(Outcome.Stored, await late.AnswerAsync(a.Url, token));
                acknowledged.Add(token);
            }
            // Sending an acknowledged answer again (a double tap, a retry) stores nothing.
            foreach (var token in acknowledged.Take(5))
            {
                Assert.Equal(Outcome.LinkAlreadyUsed, await late.AnswerAsync(b.Url, token));
            }
        }

        var counted = await ZichtCommand.RunAsync(app, "surveys", "bench", "count", "--case", caseId.ToString());
        Assert.Equal(0, counted.ExitCode); // every used link has its one response, and no response lacks its link
        Assert.Contains($"used={tokens.Length} responses={tokens.Length}", counted.Output);
        var hashes = acknowledged.Select(InvitationToken.Hash).ToList();
        var usedAcknowledged = await app.Data.WithDbAsync(db => db.Set<FeedbackInvitation>().IgnoreQueryFilters()
            .CountAsync(i => i.TokenHash != null && hashes.Contains(i.TokenHash) && i.UsedAt != null));
        Assert.Equal(acknowledged.Count, usedAcknowledged);
        Assert.Equal(0, (await ZichtCommand.RunAsync(app, "verify-audit")).ExitCode);
        File.Delete(file);
    }

    [Fact]
    public async Task A_node_killed_during_an_import_leaves_no_row_of_it_and_the_file_imports_whole_afterwards()
    {
        const int rows = 100_000;
        var world = await app.Data.WorldAsync();
        var steward = await app.Data.StaffAsync(world, Roles.DataSteward);
        var csv = new StringBuilder("case_ref,organisation,service,region,team,opened_on\n");
        for (var i = 0; i < rows; i++)
        {
            csv.Append($"K-{i},{world.Division.Code},OCJ,Antwerpen,{world.TeamA.Name},2023-{i % 12 + 1:00}-{i % 28 + 1:00}\n");
        }
        var bytes = Encoding.UTF8.GetBytes(csv.ToString());
        await using var a = await NodeProcess.StartAsync("a", app.Database);
        await using var b = await NodeProcess.StartAsync("b", app.Database);
        using var onA = await SignedInAsync(a.Url, steward.UserName!);

        var import = UploadAsync(onA, bytes);
        await a.WaitForLogAsync("Trajectory import: ", TimeSpan.FromMinutes(5)); // rows written, not committed
        await a.KillAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => import); // the steward never got an answer
        Assert.Equal(0, await TrajectoriesOfAsync(world));
        using var onB = await SignedInAsync(b.Url, steward.UserName!);
        var again = await UploadAsync(onB, bytes);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(rows, await TrajectoriesOfAsync(world));
        await a.StartAgainAsync();
        var twice = await UploadAsync(onA, bytes); // the same file once more, through the restarted node
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Contains($"0 nieuw, 0 bijgewerkt, {rows} ongewijzigd", await twice.TextAsync());
        Assert.Equal(rows, await TrajectoriesOfAsync(world));
        Assert.Equal(0, (await ZichtCommand.RunAsync(app, "verify-audit")).ExitCode);
    }

    private async Task<(Guid CaseId, string[] Tokens, string File)> PrepareLinksAsync(int count)
    {
        var file = Path.Combine(Path.GetTempPath(), $"zicht-links-{Guid.NewGuid():N}.txt");
        var prepared = await ZichtCommand.RunAsync(app, "surveys", "bench", "prepare", "--links", count.ToString(), "--out", file);
        Assert.Equal(0, prepared.ExitCode);
        return (Guid.Parse(prepared.Output.Trim().Split('\n')[^1]), await File.ReadAllLinesAsync(file), file);
    }

    private Task<int> TrajectoriesOfAsync(TestData.World world) =>
        app.Data.WithDbAsync(db => db.Set<Trajectory>().CountAsync(t => t.OrganisationId == world.Division.Id));

    internal static async Task<HttpClient> SignedInAsync(string url, string userName)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = new Uri(url),
            Timeout = TimeSpan.FromMinutes(5),
        };
        await client.SignInAsync(userName);
        return client;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] csv)
    {
        var page = await client.GetPageAsync("/trajecten/import");
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(csv), "Upload", "trajecten.csv" },
        };
        return await client.PostAsync("/trajecten/import", form);
    }
}
