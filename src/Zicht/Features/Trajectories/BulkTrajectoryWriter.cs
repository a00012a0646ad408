using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;
using Zicht.Data;

namespace Zicht.Features.Trajectories;

/// <summary>
/// Inserts new trajectory rows without the change tracker, inside the caller's transaction: a million
/// tracked entities would cost gigabytes. Columns and value conversions come from the EF model, so this
/// stays in step with TrajectoryConfiguration. PostgreSQL gets binary COPY, SQLite one prepared INSERT.
/// Use one writer per transaction: it stamps each team it writes to once (<see cref="TeamFigureStamps"/>).
/// </summary>
public sealed class BulkTrajectoryWriter(ZichtDb db)
{
    private readonly List<Column> _columns = ColumnsOf(db);
    private readonly HashSet<Guid> _stampedTeams = [];

    public async Task InsertAsync(IReadOnlyList<Trajectory> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }
        if (db.IsPostgres)
        {
            await CopyAsync(rows, ct);
        }
        else
        {
            await InsertOneByOneAsync(rows, ct);
        }
        // The teams' duration figures are now out of date; once per team and transaction is enough.
        var teams = rows.Select(r => r.TeamId).Where(_stampedTeams.Add).ToList();
        await TeamFigureStamps.TouchAsync(db, teams, ct);
    }

    /// <summary>A column of the table: its EF property, name, compiled getter and value converter, looked up once (not per cell).</summary>
    private sealed record Column(IProperty Property, string Name, Func<Trajectory, object?> Get, ValueConverter? Converter)
    {
        public object? ProviderValue(Trajectory row)
        {
            var value = Get(row);
            return value is not null && Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }

    private static List<Column> ColumnsOf(ZichtDb db)
    {
        var entity = db.Model.FindEntityType(typeof(Trajectory))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return entity.GetProperties().Select(p => new Column(p, p.GetColumnName(table)!, Getter(p), p.GetTypeMapping().Converter)).ToList();
    }

    /// <summary>A compiled getter: reflection per cell is measurable over a million rows.</summary>
    private static Func<Trajectory, object?> Getter(IProperty property)
    {
        var row = Expression.Parameter(typeof(Trajectory), "row");
        var body = Expression.Convert(Expression.Property(row, property.PropertyInfo!), typeof(object));
        return Expression.Lambda<Func<Trajectory, object?>>(body, row).Compile();
    }

    private string Table => db.Model.FindEntityType(typeof(Trajectory))!.GetTableName()!;

    private async Task InsertOneByOneAsync(IReadOnlyList<Trajectory> rows, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var names = string.Join(", ", _columns.Select(c => $"\"{c.Name}\""));
        var values = string.Join(", ", _columns.Select((_, i) => $"@p{i}"));
        command.CommandText = $"INSERT INTO \"{Table}\" ({names}) VALUES ({values})";
        var parameters = new DbParameter[_columns.Count];
        for (var i = 0; i < _columns.Count; i++)
        {
            // The type mapping configures the parameter as EF would (e.g. a Guid stored as TEXT on SQLite).
            parameters[i] = ((RelationalTypeMapping)_columns[i].Property.GetTypeMapping()).CreateParameter(command, $"@p{i}", null, nullable: true);
            command.Parameters.Add(parameters[i]);
        }
        await command.PrepareAsync(ct);
        foreach (var row in rows)
        {
            for (var i = 0; i < _columns.Count; i++)
            {
                parameters[i].Value = _columns[i].ProviderValue(row) ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private async Task CopyAsync(IReadOnlyList<Trajectory> rows, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var names = string.Join(", ", _columns.Select(c => $"\"{c.Name}\""));
        await using var copy = await connection.BeginBinaryImportAsync($"COPY \"{Table}\" ({names}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await copy.StartRowAsync(ct);
            foreach (var column in _columns)
            {
                var value = column.ProviderValue(row);
                await (value switch
                {
                    null => copy.WriteNullAsync(ct),
                    Guid g => copy.WriteAsync(g, NpgsqlDbType.Uuid, ct),
                    string s => copy.WriteAsync(s, NpgsqlDbType.Text, ct),
                    DateOnly d => copy.WriteAsync(d, NpgsqlDbType.Date, ct),
                    int n => copy.WriteAsync(n, NpgsqlDbType.Integer, ct),
                    bool b => copy.WriteAsync(b, NpgsqlDbType.Boolean, ct),
                    DateTime t => copy.WriteAsync(DateTime.SpecifyKind(t, DateTimeKind.Utc), NpgsqlDbType.TimestampTz, ct),
                    _ => throw new InvalidOperationException($"No COPY mapping for {value.GetType().Name} ({column.Property.Name})."),
                });
            }
        }
        await copy.CompleteAsync(ct);
    }
}
