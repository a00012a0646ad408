using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Zicht.Infrastructure.Auth;

namespace Zicht.Data;

/// <summary>SQLite: the embedded database for local use, demos and most tests. Own migration set.</summary>
public sealed class SqliteZichtDb(DbContextOptions<SqliteZichtDb> options, RequestContext context) : ZichtDb(options, context)
{
    public override bool IsPostgres => false;
}

/// <summary>PostgreSQL: the production database. Own migration set.</summary>
public sealed class PostgresZichtDb(DbContextOptions<PostgresZichtDb> options, RequestContext context) : ZichtDb(options, context)
{
    public override bool IsPostgres => true;
}

/// <summary>Used by <c>dotnet ef migrations add</c> (scripts/add-migration.sh) only.</summary>
internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteZichtDb>
{
    public SqliteZichtDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteZichtDb>().UseSqlite("Data Source=design.db").Options, RequestContext.System("design"));
}

internal sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresZichtDb>
{
    public PostgresZichtDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresZichtDb>().UseNpgsql("Host=localhost;Database=design").Options, RequestContext.System("design"));
}
