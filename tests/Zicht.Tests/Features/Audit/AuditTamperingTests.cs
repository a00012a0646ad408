using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Audit;

/// <summary>
/// What someone with the database owner's rights (but not the key, which lives outside the database) can
/// try against the trail, each on its own database: every attempt is found, and says what it was.
/// </summary>
public static class Tampering
{
    /// <summary>A trail of a few dozen lines, and the guard trigger dropped as an owner could.</summary>
    public static async Task<long> PrepareAsync(ZichtApp app)
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        await app.Data.CaseAsync(world, world.TeamA, worker);
        await app.Data.CaseAsync(world, world.TeamA, worker);
        return await app.Data.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync(db.IsPostgres ? "DROP TRIGGER audit_append_only ON \"AuditTrail\"" : "DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete");
            return await db.AuditTrail.MaxAsync(a => a.Sequence);
        });
    }

    public static Task<AuditVerification> VerifyAsync(ZichtApp app, params AuditAnchor[] anchors) =>
        app.Data.WithDbAsync(db => AuditVerifier.VerifyAsync(db, anchors, null, CancellationToken.None));

    public static Task<AuditAnchor?> HeadAsync(ZichtApp app) =>
        app.Data.WithDbAsync(db => AuditAnchor.OfHeadAsync(db, TimeProvider.System, CancellationToken.None));

    public static Task<int> SqlAsync(ZichtApp app, string sql) => app.Data.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql));
}

public class Truncating_the_trail(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task passes_the_chain_alone_but_not_an_anchor_kept_outside()
    {
        var last = await Tampering.PrepareAsync(app);
        var anchor = (await Tampering.HeadAsync(app))!;

        await Tampering.SqlAsync(app, $"DELETE FROM \"AuditTrail\" WHERE \"Sequence\" > {last - 3}");

        Assert.True((await Tampering.VerifyAsync(app)).Intact); // a shorter chain is still a chain
        var anchored = await Tampering.VerifyAsync(app, anchor);
        Assert.False(anchored.Intact);
        Assert.StartsWith("truncated", anchored.Problem);
        Assert.Equal(last - 2, anchored.BrokenAt);
    }
}

public class Forging_a_line(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task without_the_key_is_found_at_that_line()
    {
        var last = await Tampering.PrepareAsync(app);
        var previous = await app.Data.WithDbAsync(db => db.AuditTrail.Where(a => a.Sequence == last).Select(a => a.Hash).SingleAsync());
        // The forger appends a plausible line and hashes it as the old, unkeyed chain did.
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(previous + last)));
        await Tampering.SqlAsync(app,
            "INSERT INTO \"AuditTrail\" (\"Sequence\", \"At\", \"ActorName\", \"Action\", \"EntityType\", \"PreviousHash\", \"Hash\", \"ValuesHash\") " +
            $"VALUES ({last + 1}, '2026-11-30 10:00:00', 'system', 'Read', 'Case', '{previous}', '{hash}', '')");

        var result = await Tampering.VerifyAsync(app);
        Assert.Equal(last + 1, result.BrokenAt);
        Assert.Contains("keyed hash", result.Problem);
    }
}

public class Rehashing_the_chain_after_an_edit(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task with_another_key_is_found_at_the_edited_line_and_by_the_anchor()
    {
        await Tampering.PrepareAsync(app);
        var anchor = (await Tampering.HeadAsync(app))!;
        var forgersKey = new AuditKey(new ConfigurationBuilder().AddInMemoryCollection(
            new Dictionary<string, string?> { ["Zicht:AuditKey"] = "the-database-owners-own-guess-at-a-key" }).Build());
        await app.Data.WithDbAsync(async db =>
        {
            var lines = await db.AuditTrail.AsNoTracking().OrderBy(a => a.Sequence).ToListAsync();
            var previous = AuditChain.Genesis;
            foreach (var line in lines)
            {
                if (line.Sequence == 3)
                {
                    line.ActorName = "someone else";
                }
                line.PreviousHash = previous;
                line.Hash = AuditChain.HashOf(line, forgersKey);
                previous = line.Hash;
                await db.Database.ExecuteSqlAsync($"UPDATE \"AuditTrail\" SET \"ActorName\" = {line.ActorName}, \"PreviousHash\" = {line.PreviousHash}, \"Hash\" = {line.Hash} WHERE \"Sequence\" = {line.Sequence}");
            }
            return 0;
        });

        var result = await Tampering.VerifyAsync(app);
        Assert.Equal(1, result.BrokenAt); // every line now carries a hash the real key did not make
        Assert.Contains("keyed hash", result.Problem);
    }
}

public class Changing_the_values_of_a_line(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task is_found_through_the_hash_of_the_values()
    {
        await Tampering.PrepareAsync(app);
        var target = await app.Data.WithDbAsync(db => db.AuditTrail.Where(a => a.Changes != null).OrderBy(a => a.Sequence).Select(a => a.Sequence).FirstAsync());

        await Tampering.SqlAsync(app, $"UPDATE \"AuditTrail\" SET \"Changes\" = '[]' WHERE \"Sequence\" = {target}");

        var result = await Tampering.VerifyAsync(app);
        Assert.Equal(target, result.BrokenAt);
        Assert.Equal("its values were changed", result.Problem);
    }
}

public class Erasing_values_without_retention(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task is_found_because_no_erasure_line_records_it()
    {
        await Tampering.PrepareAsync(app);
        var target = await app.Data.WithDbAsync(db => db.AuditTrail.Where(a => a.Changes != null && a.CaseId != null).OrderBy(a => a.Sequence).Select(a => a.Sequence).FirstAsync());

        await Tampering.SqlAsync(app, $"UPDATE \"AuditTrail\" SET \"Changes\" = NULL, \"Reason\" = NULL, \"ValuesErasedAt\" = '2026-11-30 10:00:00' WHERE \"Sequence\" = {target}");

        var result = await Tampering.VerifyAsync(app);
        Assert.Equal(target, result.BrokenAt);
        Assert.Contains("without a later erasure line", result.Problem);
    }
}
