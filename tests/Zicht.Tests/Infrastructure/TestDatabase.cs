using Microsoft.Data.Sqlite;
using Npgsql;

namespace Zicht.Tests.Infrastructure;

/// <summary>
/// A fresh, empty database per test class. ZICHT_TEST_DB=postgres runs the same suite on PostgreSQL
/// (server from ZICHT_TEST_PG, started by ./test.sh); otherwise a SQLite file in the temp folder.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public static bool UsePostgres => Environment.GetEnvironmentVariable("ZICHT_TEST_DB") == "postgres";

    public string Provider { get; }
    public string ConnectionString { get; }
    private readonly string? _name;
    private readonly string? _file;

    private TestDatabase(string provider, string connection, string? name, string? file)
    {
        Provider = provider;
        ConnectionString = connection;
        _name = name;
        _file = file;
    }

    public static async Task<TestDatabase> CreateAsync()
    {
        if (!UsePostgres)
        {
            var file = Path.Combine(Path.GetTempPath(), $"zicht-test-{Guid.NewGuid():N}.db");
            return new TestDatabase("Sqlite", $"Data Source={file}", null, file);
        }
        return await CreateOnAsync(Environment.GetEnvironmentVariable("ZICHT_TEST_PG")
            ?? "Host=127.0.0.1;Port=5433;Username=postgres;Password=zicht");
    }

    /// <summary>A fresh PostgreSQL database on the given server (e.g. a throwaway cluster of a fault test).</summary>
    public static async Task<TestDatabase> CreateOnAsync(string server)
    {
        var name = $"zicht_t_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = true, MaxPoolSize = 20 };
        return new TestDatabase("Postgres", builder.ToString(), name, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (_file is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" }.Where(File.Exists))
            {
                File.Delete(f);
            }
        }
        if (_name is not null)
        {
            NpgsqlConnection.ClearAllPools();
            var server = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres" }.ToString();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
