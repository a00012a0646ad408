using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Tests.Infrastructure;

namespace Zicht.Tests.Features.Trajectories;

/// <summary>
/// A migrated database of its own per test, acting as the command line (full rights): a SQLite file, or a
/// PostgreSQL database when the suite runs on PostgreSQL (<see cref="TestDatabase"/>).
/// </summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private ScratchDatabase(TestDatabase database) => _database = database;

    public string ConnectionString => _database.ConnectionString;

    public bool IsPostgres => _database.Provider == "Postgres";

    public static async Task<ScratchDatabase> CreateAsync()
    {
        var scratch = new ScratchDatabase(await TestDatabase.CreateAsync());
        await using var db = scratch.Open();
        await DatabaseSetup.MigrateAsync(db);
        return scratch;
    }

    public ZichtDb Open(RequestContext? context = null) => IsPostgres
        ? new PostgresZichtDb(new DbContextOptionsBuilder<PostgresZichtDb>().UseNpgsql(ConnectionString).UseApplicationServiceProvider(TestAuditKey.Services).Options,
            context ?? RequestContext.System("test"))
        : new SqliteZichtDb(new DbContextOptionsBuilder<SqliteZichtDb>().UseSqlite(ConnectionString + ";Pooling=False").UseApplicationServiceProvider(TestAuditKey.Services).Options,
            context ?? RequestContext.System("test"));

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
