using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;

namespace Zicht.Data;

/// <summary>
/// Chooses the database from configuration: <c>Database:Provider</c> (Sqlite or Postgres) and the
/// connection string <c>ConnectionStrings:Zicht</c> (env: <c>Database__Provider</c>, <c>ConnectionStrings__Zicht</c>).
/// </summary>
public static class DatabaseSetup
{
    public static IServiceCollection AddZichtDatabase(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var provider = config["Database:Provider"] ?? "Sqlite";
        var connection = config.GetConnectionString("Zicht")
            ?? throw new InvalidOperationException(
                "No database configured. Set ConnectionStrings__Zicht (and Database__Provider=Postgres for PostgreSQL); see README.");
        services.AddScoped<RequestContext>();
        if (provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase))
        {
            services.AddDbContext<PostgresZichtDb>(o => o.UseNpgsql(connection, n => n.CommandTimeout(600)));
            services.AddScoped<ZichtDb>(sp => sp.GetRequiredService<PostgresZichtDb>());
        }
        else if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var sqlite = ResolveSqlitePath(connection, env.ContentRootPath);
            services.AddDbContext<SqliteZichtDb>(o => o.UseSqlite(sqlite, s => s.CommandTimeout(600)));
            services.AddScoped<ZichtDb>(sp => sp.GetRequiredService<SqliteZichtDb>());
        }
        else
        {
            throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{provider}'.");
        }
        return services;
    }

    /// <summary>A relative SQLite path is taken from the content root, not from wherever the process started.</summary>
    private static string ResolveSqlitePath(string connection, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connection);
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }
        if (!string.IsNullOrEmpty(Path.GetDirectoryName(builder.DataSource)))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }

    /// <summary>Applies pending migrations; SQLite also gets WAL so readers don't block the writer.</summary>
    public static async Task MigrateAsync(ZichtDb db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (!db.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }
}
