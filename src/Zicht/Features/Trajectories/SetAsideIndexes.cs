using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Zicht.Data;

namespace Zicht.Features.Trajectories;

/// <summary>
/// During a big import the trajectory table's non-unique indexes are dropped inside the import's
/// transaction and built again, sorted, once at the end of it (docs/decisions/094): inserting a million
/// rows into four indexes one by one cost PostgreSQL 27 of the COPY's 36 s, building them afterwards 4 s.
/// The unique indexes stay, so every check of the import works as before. Both databases roll the DDL back
/// with the rows, so a rejected file leaves the schema as it was. On PostgreSQL the drop locks the table
/// until the import commits: it is tried for a few seconds only, and the import goes on with the indexes
/// in place when readers hold it.
/// </summary>
internal sealed class SetAsideIndexes(ZichtDb db, ILogger? log)
{
    private const string Savepoint = "set_aside_indexes";
    private readonly List<IIndex> _dropped = [];
    private int? _rowsBefore;

    public bool Active => _dropped.Count > 0;

    /// <summary>True once the dropped indexes were built again.</summary>
    public bool Restored { get; private set; }

    /// <summary>
    /// Before a batch is written: sets the indexes aside once the import (rows written plus this batch) reaches
    /// <paramref name="from"/> rows and at least as many rows as the table held before it; building an index
    /// over the whole table is then cheaper than inserting the new rows into it one by one.
    /// </summary>
    public async Task SetAsideWhenBigAsync(int written, int batch, int from, CancellationToken ct)
    {
        if (Active || written + batch < from)
        {
            return;
        }
        _rowsBefore ??= await db.Set<Trajectory>().CountAsync(ct) - written;
        if (written + batch >= _rowsBefore && !await TryDropAsync(ct))
        {
            _rowsBefore = int.MaxValue; // readers hold the table: keep the indexes for the rest of the import
        }
    }

    /// <summary>The indexes a big import builds at its end instead of row by row, as the model names them.</summary>
    private static List<IIndex> Of(ZichtDb db) =>
        db.Model.FindEntityType(typeof(Trajectory))!.GetIndexes().Where(i => !i.IsUnique).ToList();

    /// <summary>Drops the non-unique indexes; false (and nothing dropped) when PostgreSQL readers hold the table.</summary>
    private async Task<bool> TryDropAsync(CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Indexes are only set aside inside the import's transaction.");
        var indexes = Of(db);
        await transaction.CreateSavepointAsync(Savepoint, ct);
        try
        {
            if (db.IsPostgres)
            {
                await db.Database.ExecuteSqlRawAsync("SET LOCAL lock_timeout = '3s'", ct);
            }
            foreach (var index in indexes)
            {
                var drop = $"DROP INDEX \"{index.GetDatabaseName()}\""; // names from the model, not from input
                await db.Database.ExecuteSqlRawAsync(drop, ct);
            }
            if (db.IsPostgres)
            {
                await db.Database.ExecuteSqlRawAsync("SET LOCAL lock_timeout TO DEFAULT", ct);
            }
            await transaction.ReleaseSavepointAsync(Savepoint, ct);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
        {
            await transaction.RollbackToSavepointAsync(Savepoint, ct);
            log?.LogInformation("Trajectory indexes kept during the import: readers hold the table ({Message})", e.MessageText);
            return false;
        }
        _dropped.AddRange(indexes);
        return true;
    }

    /// <summary>Builds the dropped indexes again, with the names and columns of the model.</summary>
    public async Task RestoreAsync(CancellationToken ct)
    {
        var table = db.Model.FindEntityType(typeof(Trajectory))!;
        var store = StoreObjectIdentifier.Table(table.GetTableName()!, table.GetSchema());
        foreach (var index in _dropped)
        {
            var columns = string.Join(", ", index.Properties.Select(p => $"\"{p.GetColumnName(store)}\""));
            var filter = index.GetFilter() is { } where ? $" WHERE {where}" : "";
            var create = $"CREATE INDEX \"{index.GetDatabaseName()}\" ON \"{store.Name}\" ({columns}){filter}";
            await db.Database.ExecuteSqlRawAsync(create, ct);
        }
        _dropped.Clear();
        Restored = true;
    }
}
