using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using Zicht.Features.Dashboard;
using Zicht.Features.Trajectories;

namespace Zicht.Features.Bench;

/// <summary>
/// The columnar reference of the benchmark: DuckDB (embedded, through its ADO.NET provider; the native
/// library comes with the NuGet package) loads the same CSV and computes the same figures by the same
/// definitions, so every Zicht figure gets a ratio in the same run. Only the benchmark uses DuckDB; the
/// app's figures stay in SQLite/PostgreSQL (docs/decisions/065). The database is a scratch file, not
/// memory, so a 10M-row run does not need the table in RAM.
/// </summary>
internal sealed class DuckDbReference : IAsyncDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly string _file;

    private DuckDbReference(DuckDBConnection connection, string file)
    {
        _connection = connection;
        _file = file;
    }

    /// <summary>Opens a scratch DuckDB database and loads the CSV into table <c>t</c>; returns the load time in seconds.</summary>
    public static async Task<(DuckDbReference Duck, double Seconds)> LoadAsync(string csv, CancellationToken ct)
    {
        var file = Path.Combine(Path.GetTempPath(), $"zicht-bench-{Guid.NewGuid():N}.duckdb");
        var connection = new DuckDBConnection($"DataSource={file}");
        await connection.OpenAsync(ct);
        var duck = new DuckDbReference(connection, file);
        var types = string.Join(", ", DateColumns.Append("opened_on").Append("child_birth_date").Select(c => $"'{c}': 'DATE'")
            .Concat(CountColumns.Select(c => $"'{c}': 'INTEGER'")).Append("'started_in_plan_b': 'BOOLEAN'"));
        var watch = Stopwatch.StartNew();
        await duck.ExecuteAsync($"CREATE TABLE t AS SELECT * FROM read_csv('{csv.Replace("'", "''", StringComparison.Ordinal)}', header = true, types = {{{types}}})", ct);
        return (duck, watch.Elapsed.TotalSeconds);
    }

    /// <summary>The dated indicators' columns in the exchange format (steps, both safety plans), then closed_on.</summary>
    private static readonly string[] DateColumns =
        [.. TrajectorySteps.All.Select(s => s.Code), "adult_safety_plan_on", "child_safety_plan_on", "closed_on"];

    private static readonly string[] CountColumns = ["network_members", "network_meetings", "crisis_before", "crisis_after"];

    /// <summary>The grouping column of a level in the CSV's terms (names instead of ids: one group each in the benchmark data).</summary>
    public static string Column(FigureLevel level) => level switch
    {
        FigureLevel.Organisation => "organisation",
        FigureLevel.Region => "region",
        FigureLevel.Team => "team",
        FigureLevel.Worker => "worker",
        FigureLevel.Service => "service",
        _ => "year(closed_on)",
    };

    /// <summary>Opened or closed within the period (exports.md), as <see cref="FigureQueries.FilteredAsync"/>.</summary>
    private static string Where(FigureFilter f)
    {
        static string D(DateOnly d) => $"DATE '{d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'";
        return (f.From, f.To) switch
        {
            ({ } from, { } to) => $"WHERE (opened_on BETWEEN {D(from)} AND {D(to)}) OR (closed_on BETWEEN {D(from)} AND {D(to)})",
            ({ } from, null) => $"WHERE opened_on >= {D(from)} OR closed_on >= {D(from)}",
            (null, { } to) => $"WHERE opened_on <= {D(to)}",
            _ => "",
        };
    }

    public static string Breadth(FigureLevel level, FigureFilter f)
    {
        var g = Column(level);
        var dated = string.Join(", ", DateColumns.SkipLast(1).Select(c => $"count({c})"));
        return $"""
            SELECT {g} AS g, count(*), count(closed_on), {dated},
              count(*) FILTER (WHERE started_in_plan_b),
              count(*) FILTER (WHERE closed_on IS NOT NULL AND plan_b = 'network'),
              count(*) FILTER (WHERE closed_on IS NOT NULL AND plan_b = 'residential'),
              count(*) FILTER (WHERE placement IS NOT NULL AND placement <> 'none'),
              count(*) FILTER (WHERE placement IN ('family_network', 'social_network'))
            FROM t {Where(f)} GROUP BY g
            """;
    }

    public static string Counts(FigureLevel level, FigureFilter f) => $"""
        SELECT {Column(level)} AS g, count(*), count(closed_on), avg(network_members), avg(network_meetings),
          sum(coalesce(crisis_before, 0)), sum(coalesce(crisis_after, 0))
        FROM t {Where(f)} GROUP BY g
        """;

    public static string Durations(FigureLevel level, FigureFilter f)
    {
        var threshold = (f.ThresholdMonths * Months.DaysPerMonth).ToString(CultureInfo.InvariantCulture);
        var aggregates = string.Join(",\n  ", DateColumns.Select(c =>
            $"count({c}), avg({c} - opened_on), min({c} - opened_on), max({c} - opened_on), median({c} - opened_on), count(*) FILTER (WHERE {c} - opened_on > {threshold})"));
        return $"SELECT {Column(level)} AS g,\n  {aggregates}\nFROM t {Where(f)} GROUP BY g";
    }

    /// <summary>Runs a query and reads every cell of the result (as the Zicht side materialises its rows).</summary>
    public async Task<int> QueryAsync(string sql, CancellationToken ct)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = 0;
        var cells = new object[reader.FieldCount];
        while (await reader.ReadAsync(ct))
        {
            reader.GetValues(cells);
            rows++;
        }
        return rows;
    }

    public async Task<long> CountAsync(CancellationToken ct)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM t";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync();
        foreach (var file in new[] { _file, _file + ".wal" })
        {
            File.Delete(file);
        }
    }
}
