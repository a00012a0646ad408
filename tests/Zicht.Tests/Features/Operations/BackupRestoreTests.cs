using System.Net;
using Zicht.Infrastructure.Auth;
using Zicht.Tests.Features.Audit;

namespace Zicht.Tests.Features.Operations;

public class BackupRestoreTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task A_backup_restored_onto_an_empty_database_verifies_its_audit_trail_and_serves_the_same_case()
    {
        var world = await app.Data.WorldAsync();
        var worker = await app.Data.StaffAsync(world, Roles.Caseworker, world.TeamA);
        var c = await app.Data.CaseAsync(world, world.TeamA, worker);
        await (await app.SignedInAsync(worker.UserName!)).GetAsync($"/dossiers/{c.Id}"); // a read line too
        var file = Path.Combine(Path.GetTempPath(), $"zicht-backup-{Guid.NewGuid():N}.bak");
        await using var empty = await TestDatabase.CreateAsync();
        try
        {
            var backup = await ZichtCommand.RunAsync(app, "backup", "--out", file);
            Assert.Equal(0, backup.ExitCode);
            Assert.Contains("Backup written", backup.Output);

            var target = ("ConnectionStrings__Zicht", empty.ConnectionString);
            var restored = await ZichtCommand.RunAsync(app, ["restore", file], target);
            var again = await ZichtCommand.RunAsync(app, ["restore", file], target);
            var verified = await ZichtCommand.RunAsync(app, ["verify-audit"], target);

            Assert.Equal(0, restored.ExitCode);
            Assert.NotEqual(0, again.ExitCode); // never over a database that holds data
            Assert.Contains("not empty", again.Error);
            Assert.Equal(0, verified.ExitCode);
            Assert.Contains("Audit trail intact", verified.Output);
            await using var node = new ZichtApp { SharedDatabase = empty };
            await node.InitializeAsync();
            var page = await (await node.SignedInAsync(worker.UserName!)).GetAsync($"/dossiers/{c.Id}");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains(c.Reference, await page.TextAsync());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
