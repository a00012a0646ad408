using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Audit;

/// <summary>The real command line (`zicht verify-audit`) against the test database, as an operator runs it.</summary>
public class VerifyAuditCommandTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task Verify_audit_passes_on_an_intact_trail_and_names_the_line_where_tampering_starts()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        await app.Data.CaseAsync(world, world.TeamA, worker);

        var intact = await ZichtCommand.RunAsync(app, "verify-audit");
        Assert.Equal(0, intact.ExitCode);
        Assert.Contains("Audit trail intact", intact.Output);

        // Someone with database owner rights drops the guard and rewrites line 3.
        await app.Data.WithDbAsync(async db =>
        {
            var drop = db.IsPostgres
                ? "DROP TRIGGER audit_append_only ON \"AuditTrail\""
                : "DROP TRIGGER audit_no_update";
            await db.Database.ExecuteSqlRawAsync(drop);
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditTrail\" SET \"ActorName\" = 'nobody' WHERE \"Sequence\" = 3");
        });

        var tampered = await ZichtCommand.RunAsync(app, "verify-audit");
        Assert.Equal(3, tampered.ExitCode);
        Assert.Contains("breaks at line 3", tampered.Error);
    }
}

/// <summary>The operator keeps the head outside the database and checks the trail against it later.</summary>
public class AuditAnchorCommandTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task An_anchor_printed_and_appended_is_held_by_the_trail_and_a_foreign_file_is_refused_by_line()
    {
        var world = await app.Data.WorldAsync();
        await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var file = Path.Combine(Path.GetTempPath(), $"zicht-anchors-{Guid.NewGuid():N}.txt");
        try
        {
            var anchored = await ZichtCommand.RunAsync(app, "audit-anchor", "--append", file);
            Assert.Equal(0, anchored.ExitCode);
            Assert.StartsWith("zicht-audit-anchor 1 ", anchored.Output);
            Assert.Equal(anchored.Output.Trim(), (await File.ReadAllTextAsync(file)).Trim());

            var verified = await ZichtCommand.RunAsync(app, "verify-audit", "--anchor", file);
            Assert.Equal(0, verified.ExitCode);
            Assert.Contains("1 anchors held", verified.Output);

            await File.WriteAllTextAsync(file, "zicht-audit-anchor 1 12 not-a-hash 2026-11-30T10:00:00Z\n");
            var refused = await ZichtCommand.RunAsync(app, "verify-audit", "--anchor", file);
            Assert.Equal(2, refused.ExitCode);
            Assert.Contains("line 1: not an audit anchor", refused.Error);
        }
        finally
        {
            File.Delete(file);
        }
    }
}

/// <summary>Runs the built Zicht executable with the test app's database configuration.</summary>
public static class ZichtCommand
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Task<Result> RunAsync(ZichtApp app, params string[] args) => RunAsync(app, args, []);

    public static async Task<Result> RunAsync(ZichtApp app, string[] args, params (string Name, string Value)[] environment)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Zicht.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["Database__Provider"] = app.Database.Provider;
        start.Environment["ConnectionStrings__Zicht"] = app.Database.ConnectionString;
        start.Environment["Zicht__PseudonymKey"] = "test-pseudonym-key";
        start.Environment["Zicht__AuditKey"] = ZichtApp.TestAuditKey;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new Result(process.ExitCode, await output, await error);
    }
}
