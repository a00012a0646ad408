using Zicht.Tests.Features.Audit;

namespace Zicht.Tests.Features.Platform;

/// <summary>Only `migrate` changes the schema; other commands refuse a database with pending migrations, and readiness says so.</summary>
public class PendingMigrationTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task A_command_refuses_an_unmigrated_database_and_leaves_it_untouched_until_migrate()
    {
        await using var empty = await TestDatabase.CreateAsync();
        var settings = new (string, string)[] { ("Database__Provider", empty.Provider), ("ConnectionStrings__Zicht", empty.ConnectionString) };

        var refused = await ZichtCommand.RunAsync(app, ["verify-audit"], settings);
        Assert.Equal(4, refused.ExitCode);
        Assert.Contains("pending migrations", refused.Error);
        Assert.Contains("./zicht migrate", refused.Error);
        // Refused without side effect: asking again is refused again, nothing was applied.
        Assert.Equal(4, (await ZichtCommand.RunAsync(app, ["audit-anchor"], settings)).ExitCode);

        Assert.Equal(0, (await ZichtCommand.RunAsync(app, ["migrate"], settings)).ExitCode);
        var verified = await ZichtCommand.RunAsync(app, ["verify-audit"], settings);
        Assert.Equal(0, verified.ExitCode);
    }
}
