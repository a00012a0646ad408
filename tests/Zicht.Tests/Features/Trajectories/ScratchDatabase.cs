using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Trajectories;

/// <summary>A migrated SQLite file of its own per test, acting as the command line (full rights).</summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"zicht-test-{Guid.NewGuid():N}.db");

    public string ConnectionString => $"Data Source={_path};Pooling=False";

    public static async Task<ScratchDatabase> CreateAsync()
    {
        var scratch = new ScratchDatabase();
        await using var db = scratch.Open();
        await DatabaseSetup.MigrateAsync(db);
        return scratch;
    }

    public ZichtDb Open(RequestContext? context = null) =>
        new SqliteZichtDb(new DbContextOptionsBuilder<SqliteZichtDb>().UseSqlite(ConnectionString).UseApplicationServiceProvider(TestAuditKey.Services).Options,
            context ?? RequestContext.System("test"));

    public ValueTask DisposeAsync()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }
        return ValueTask.CompletedTask;
    }
}
