using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;

namespace Zicht.Data;

/// <summary>
/// Chooses the database from configuration: <c>Database:Provider</c> (Sqlite or Postgres) and the
/// connection string <c>ConnectionStrings:Zicht</c> (env: <c>Database__Provider</c>, <c>ConnectionStrings__Zicht</c>).
/// </summary>
public static class DatabaseSetup
{
    public static IServiceCollection AddZichtDatabase(this IServiceCollection services)
    {
        // Resolved when first used, not at registration: hosts that add configuration late
        // (tests, the CLI) still choose the database through the same settings.
        services.AddScoped<RequestContext>();
        services.AddSingleton<AuditKey>();
        services.AddSingleton<ReadAuditing>();
        services.AddDbContext<PostgresZichtDb>((sp, o) => KnownWarnings(
            o.UseNpgsql(ConnectionString(sp.GetRequiredService<IConfiguration>()), n => n.CommandTimeout(600))));
        services.AddDbContext<SqliteZichtDb>((sp, o) => KnownWarnings(
            o.UseSqlite(ResolveSqlitePath(ConnectionString(sp.GetRequiredService<IConfiguration>()),
                sp.GetRequiredService<IHostEnvironment>().ContentRootPath), s => s.CommandTimeout(600))));
        services.AddScoped<ZichtDb>(sp => IsPostgres(sp.GetRequiredService<IConfiguration>())
            ? sp.GetRequiredService<PostgresZichtDb>()
            : sp.GetRequiredService<SqliteZichtDb>());
        return services;
    }

    /// <summary>
    /// Case assignments and partnerships are deliberately outside the case query filter (the access
    /// rule reads them; see ZichtDb), which EF warns about at every start. Known and intended.
    /// </summary>
    private static DbContextOptionsBuilder KnownWarnings(DbContextOptionsBuilder o) =>
        o.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));

    public static bool IsPostgres(IConfiguration config)
    {
        var provider = config["Database:Provider"] ?? "Sqlite";
        return provider.ToUpperInvariant() switch
        {
            "POSTGRES" or "POSTGRESQL" => true,
            "SQLITE" => false,
            _ => throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{provider}'."),
        };
    }

    private static string ConnectionString(IConfiguration config) =>
        config.GetConnectionString("Zicht") is { Length: > 0 } connection
            ? connection
            : throw new InvalidOperationException(
                "No database configured. Set ConnectionStrings__Zicht (and Database__Provider=Postgres for PostgreSQL); see README.");

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
        await db.Database.ExecuteSqlRawAsync(db.IsPostgres ? PostgresAppendOnly : SqliteAppendOnly, ct);
    }

    // The database itself refuses to change or remove audit lines, whatever code runs against it. The one
    // change it allows is retention's erasure: the values (changes, reason) set to null and the time of
    // erasure set once, everything the chain covers untouched (the values' hash stays, so it still verifies).
    // The other is sealing (decision 088): an unsealed read gets its number, previous hash and chained hash once,
    // its content untouched.
    // (Someone with owner rights can still drop the trigger: the keyed chain and the anchors prove tampering.)
    private const string SqliteAppendOnly = """
        DROP TRIGGER IF EXISTS audit_no_update;
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON "AuditTrail"
        WHEN NOT (OLD."ValuesErasedAt" IS NULL AND NEW."ValuesErasedAt" IS NOT NULL AND NEW."Changes" IS NULL AND NEW."Reason" IS NULL
            AND NEW."Sequence" IS OLD."Sequence" AND NEW."Partition" IS OLD."Partition" AND NEW."At" IS OLD."At" AND NEW."ActorId" IS OLD."ActorId" AND NEW."ActorName" IS OLD."ActorName" AND NEW."Action" IS OLD."Action" AND NEW."EntityType" IS OLD."EntityType" AND NEW."EntityId" IS OLD."EntityId" AND NEW."CaseId" IS OLD."CaseId" AND NEW."PreviousHash" IS OLD."PreviousHash" AND NEW."Hash" IS OLD."Hash" AND NEW."ValuesHash" IS OLD."ValuesHash")
        AND NOT (OLD."Unsealed" AND NOT NEW."Unsealed" AND NEW."Partition" IS OLD."Partition" AND NEW."At" IS OLD."At" AND NEW."ActorId" IS OLD."ActorId" AND NEW."ActorName" IS OLD."ActorName" AND NEW."Action" IS OLD."Action" AND NEW."EntityType" IS OLD."EntityType" AND NEW."EntityId" IS OLD."EntityId" AND NEW."CaseId" IS OLD."CaseId" AND NEW."Changes" IS OLD."Changes" AND NEW."Reason" IS OLD."Reason" AND NEW."ValuesHash" IS OLD."ValuesHash" AND NEW."ValuesErasedAt" IS OLD."ValuesErasedAt")
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON "AuditTrail"
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
        """;

    private const string PostgresAppendOnly = """
        CREATE OR REPLACE FUNCTION zicht_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND OLD."ValuesErasedAt" IS NULL AND NEW."ValuesErasedAt" IS NOT NULL
                AND NEW."Changes" IS NULL AND NEW."Reason" IS NULL
                AND (NEW."Sequence", NEW."Partition", NEW."At", NEW."ActorId", NEW."ActorName", NEW."Action", NEW."EntityType", NEW."EntityId", NEW."CaseId", NEW."PreviousHash", NEW."Hash", NEW."ValuesHash") IS NOT DISTINCT FROM (OLD."Sequence", OLD."Partition", OLD."At", OLD."ActorId", OLD."ActorName", OLD."Action", OLD."EntityType", OLD."EntityId", OLD."CaseId", OLD."PreviousHash", OLD."Hash", OLD."ValuesHash") THEN
                RETURN NEW;
            END IF;
            IF TG_OP = 'UPDATE' AND OLD."Unsealed" AND NOT NEW."Unsealed"
                AND (NEW."Partition", NEW."At", NEW."ActorId", NEW."ActorName", NEW."Action", NEW."EntityType", NEW."EntityId", NEW."CaseId", NEW."Changes", NEW."Reason", NEW."ValuesHash", NEW."ValuesErasedAt") IS NOT DISTINCT FROM (OLD."Partition", OLD."At", OLD."ActorId", OLD."ActorName", OLD."Action", OLD."EntityType", OLD."EntityId", OLD."CaseId", OLD."Changes", OLD."Reason", OLD."ValuesHash", OLD."ValuesErasedAt") THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION 'the audit trail is append-only';
        END $$;
        DROP TRIGGER IF EXISTS audit_append_only ON "AuditTrail";
        CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON "AuditTrail"
        FOR EACH ROW EXECUTE FUNCTION zicht_audit_append_only();
        """;
}
