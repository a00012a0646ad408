using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Features.Feedback;
using Zicht.Features.Surveys;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Jobs;

namespace Zicht.Tests.Features.Operations;

public class LeaseTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task One_owner_holds_a_lease_until_it_expires_or_is_given_back()
    {
        var name = "test-" + Guid.NewGuid().ToString("N");
        var t0 = new DateTime(2026, 11, 30, 12, 0, 0, DateTimeKind.Utc);
        bool Take(Zicht.Data.ZichtDb db, string owner, int minute) =>
            Lease.TryTakeAsync(db, name, owner, t0.AddMinutes(minute), t0.AddMinutes(minute + 10), CancellationToken.None).GetAwaiter().GetResult();

        var taken = await app.Data.WithDbAsync(db => Task.FromResult((
            A: Take(db, "node-a", 0),
            BWhileAHolds: Take(db, "node-b", 1),
            AExtends: Take(db, "node-a", 5),
            BBeforeExpiry: Take(db, "node-b", 14),
            BAfterADied: Take(db, "node-b", 16),
            AAfterB: Take(db, "node-a", 17))));

        Assert.Equal((true, false, true, false, true, false), taken);
        await app.Data.WithDbAsync(db => Lease.ReleaseAsync(db, name, "node-b", t0.AddMinutes(18), CancellationToken.None));
        Assert.True(await app.Data.WithDbAsync(db => Lease.TryTakeAsync(db, name, "node-a", t0.AddMinutes(19), t0.AddMinutes(29), CancellationToken.None)));
    }
}

public sealed class SmtpNode : IAsyncLifetime
{
    public FakeSmtp Smtp { get; } = new();
    public NodeApp First { get; private set; } = null!;
    public NodeApp Second { get; private set; } = null!;

    private Dictionary<string, string?> Settings => new() { ["Zicht:Feedback:SmtpHost"] = "127.0.0.1", ["Zicht:Feedback:SmtpPort"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    public async ValueTask InitializeAsync()
    {
        First = new NodeApp { Settings = Settings };
        await First.InitializeAsync();
        Second = new NodeApp { Settings = Settings, SharedDatabase = First.Database };
        await Second.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Second.DisposeAsync();
        await First.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public class FollowUpsOnTwoNodesTests(SmtpNode nodes) : IClassFixture<SmtpNode>
{
    private async Task<List<Guid>> DueFollowUpsAsync(int count)
    {
        var app = nodes.First;
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        return await app.Data.WithDbAsync(async db =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var (version, _) = await scope.ServiceProvider.GetRequiredService<InstrumentStore>().CurrentAsync("followup");
            var rows = Enumerable.Range(0, count).Select(i => new FeedbackInvitation
            {
                CaseId = c.Id,
                Respondent = Audience.FollowUp,
                InstrumentVersionId = version,
                CreatedAt = DateTime.UtcNow,
                DueOn = new DateOnly(2025, 1, 1),
                Email = $"ouder{i}-{c.Id:N}@example.be",
            }).ToList();
            db.AddRange(rows);
            await db.SaveChangesAsync();
            return rows.Select(r => r.Id).ToList();
        });
    }

    private int MailsFor(IEnumerable<Guid> ids) => ids.Sum(id => nodes.Smtp.Messages.Count(m => m.MessageId.Contains(id.ToString("N"), StringComparison.Ordinal)));

    [Fact]
    public async Task Two_nodes_running_the_job_at_once_send_each_follow_up_once()
    {
        var ids = await DueFollowUpsAsync(6);

        await Task.WhenAll(
            FollowUpJob.RunOnceAsync(nodes.First.Services.GetRequiredService<IServiceScopeFactory>(), CancellationToken.None),
            FollowUpJob.RunOnceAsync(nodes.Second.Services.GetRequiredService<IServiceScopeFactory>(), CancellationToken.None),
            FollowUpJob.RunOnceAsync(nodes.Second.Services.GetRequiredService<IServiceScopeFactory>(), CancellationToken.None));

        Assert.All(ids, id => Assert.Equal(1, MailsFor([id])));
    }

    [Fact]
    public async Task A_run_that_died_halfway_is_taken_over_after_its_lease_expires_and_sends_nothing_twice()
    {
        var ids = await DueFollowUpsAsync(3);
        // A node took the lease, claimed the first follow-up (its mail may or may not have left) and was killed.
        await nodes.First.Data.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"Leases\" WHERE \"Name\" = 'follow-ups'");
            await Lease.TryTakeAsync(db, "follow-ups", "dead-node", DateTime.UtcNow, DateTime.UtcNow.AddMinutes(10), CancellationToken.None);
            await db.Set<FeedbackInvitation>().IgnoreQueryFilters().Where(i => i.Id == ids[0])
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.TokenHash, "claimed-by-the-dead-node"));
        });
        var scopes = nodes.Second.Services.GetRequiredService<IServiceScopeFactory>();

        var whileHeld = await LeasedJob.RunAsync(scopes, "follow-ups", FollowUpJob.LeaseHold, ct => FollowUpJob.RunOnceAsync(scopes, ct), CancellationToken.None);
        Assert.False(whileHeld);
        Assert.Equal(0, MailsFor(ids));

        await nodes.First.Data.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"Leases\" SET \"ExpiresAt\" = {DateTime.UtcNow.AddMinutes(-1)} WHERE \"Name\" = 'follow-ups'"));
        var afterExpiry = await LeasedJob.RunAsync(scopes, "follow-ups", FollowUpJob.LeaseHold, ct => FollowUpJob.RunOnceAsync(scopes, ct), CancellationToken.None);
        var again = await LeasedJob.RunAsync(scopes, "follow-ups", FollowUpJob.LeaseHold, ct => FollowUpJob.RunOnceAsync(scopes, ct), CancellationToken.None);

        Assert.True(afterExpiry);
        Assert.True(again);
        Assert.Equal(0, MailsFor([ids[0]])); // claimed before the crash: never sent a second time
        Assert.Equal(1, MailsFor([ids[1]]));
        Assert.Equal(1, MailsFor([ids[2]]));
    }
}
