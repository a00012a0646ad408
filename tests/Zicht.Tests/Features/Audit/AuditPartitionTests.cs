using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Audit;

/// <summary>The trail as a chain per partition (decision 069): tampering in any partition is still found.</summary>
public static class Partitions
{
    /// <summary>A trail with lines of three cases, and the guard triggers dropped; returns the lines of the largest case partition in order.</summary>
    public static async Task<List<AuditEntry>> PrepareAsync(ZichtApp app)
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        for (var i = 0; i < 3; i++)
        {
            var c = await app.Data.CaseAsync(world, world.TeamA, worker);
            for (var read = 0; read < 3; read++)
            {
                await app.Data.WithDbAsync(db =>
                {
                    db.RecordAudit(AuditActions.Read, "Case", c.Id.ToString(), c.Id);
                    return db.SaveChangesAsync();
                });
            }
        }
        await Unsealed.SealAsync(app); // the reads into their chains (decision 088): these tests are about the chain
        await Tampering.PrepareAsync(app);
        return await app.Data.WithDbAsync(async db =>
        {
            var lines = await db.AuditTrail.AsNoTracking().Where(a => a.Partition > 0).OrderBy(a => a.Sequence).ToListAsync();
            return lines.GroupBy(l => l.Partition).OrderByDescending(g => g.Count()).First().ToList();
        });
    }
}

public class A_trail_in_partitions(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task puts_each_case_in_its_own_chain_and_verifies()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var cases = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            cases.Add((await app.Data.CaseAsync(world, world.TeamA, worker)).Id);
        }

        var lines = await app.Data.WithDbAsync(db => db.AuditTrail.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync());

        Assert.All(lines, l => Assert.Equal(AuditChain.PartitionOf(l.CaseId, 64), l.Partition));
        Assert.Contains(lines, l => l.Partition == 0);
        Assert.True(lines.Select(l => l.Partition).Distinct().Count() >= 3);
        foreach (var partition in lines.GroupBy(l => l.Partition))
        {
            var chain = partition.ToList();
            Assert.Equal(AuditChain.Genesis, chain[0].PreviousHash);
            Assert.All(chain.Skip(1).Zip(chain), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
        }
        Assert.True((await Tampering.VerifyAsync(app)).Intact);
    }
}

public class Editing_a_line_in_a_case_partition(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task is_found_at_that_line()
    {
        var chain = await Partitions.PrepareAsync(app);
        var target = chain[1].Sequence;

        await Tampering.SqlAsync(app, $"UPDATE \"AuditTrail\" SET \"Action\" = 'Read' WHERE \"Sequence\" = {target}");

        var result = await Tampering.VerifyAsync(app);
        Assert.Equal(target, result.BrokenAt);
        Assert.Contains("keyed hash", result.Problem);
    }
}

public class Deleting_a_line_in_a_case_partition(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task is_found_at_the_next_line_of_that_partition()
    {
        var chain = await Partitions.PrepareAsync(app);

        await Tampering.SqlAsync(app, $"DELETE FROM \"AuditTrail\" WHERE \"Sequence\" = {chain[1].Sequence}");

        var result = await Tampering.VerifyAsync(app);
        Assert.Equal(chain[2].Sequence, result.BrokenAt);
        Assert.Contains("not linked", result.Problem);
    }
}

public class Deleting_the_last_line_of_a_partition(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task is_found_through_the_checkpoint_that_holds_it()
    {
        var chain = await Partitions.PrepareAsync(app);
        var checkpoint = (await Tampering.HeadAsync(app))!;
        var last = chain[^1].Sequence;

        await Tampering.SqlAsync(app, $"DELETE FROM \"AuditTrail\" WHERE \"Sequence\" = {last}");

        var result = await Tampering.VerifyAsync(app); // no anchor needed: the checkpoint is in the trail
        Assert.Equal(last, result.BrokenAt);
        Assert.Contains($"held by the checkpoint at line {checkpoint.Sequence}", result.Problem);
    }
}

public class Reordering_two_lines_of_a_partition(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task is_found_at_the_first_of_them()
    {
        var chain = await Partitions.PrepareAsync(app);
        var (a, b) = (chain[1].Sequence, chain[2].Sequence);

        await Tampering.SqlAsync(app, $"UPDATE \"AuditTrail\" SET \"Sequence\" = -1 WHERE \"Sequence\" = {a}");
        await Tampering.SqlAsync(app, $"UPDATE \"AuditTrail\" SET \"Sequence\" = {a} WHERE \"Sequence\" = {b}");
        await Tampering.SqlAsync(app, $"UPDATE \"AuditTrail\" SET \"Sequence\" = {b} WHERE \"Sequence\" = -1");

        var result = await Tampering.VerifyAsync(app);
        Assert.Equal(a, result.BrokenAt);
        Assert.Contains("keyed hash", result.Problem);
    }
}

public class Moving_a_line_to_another_partition(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task is_found_at_that_line()
    {
        var chain = await Partitions.PrepareAsync(app);
        var target = chain[^1].Sequence;

        await Tampering.SqlAsync(app, $"UPDATE \"AuditTrail\" SET \"Partition\" = 0 WHERE \"Sequence\" = {target}");

        var result = await Tampering.VerifyAsync(app);
        Assert.Equal(target, result.BrokenAt);
    }
}
