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

    /// <summary>
    /// Survival figures per group (../shared/formats/survival.md), as <see cref="Outcomes.SurvivalQueries.RowsAsync"/>
    /// gives them at <paramref name="asOf"/>: one row per group with n, events, censored, the Kaplan–Meier
    /// p25/median/p75 in months and the 6- and 12-month cumulative incidence in percent. Times are grouped
    /// per (group, days); the at-risk count is a window sum from the end, S a running product (DuckDB's
    /// <c>product</c>, so no ln(0)), and the CIF the running sum of S*(t−)·d/n with S* the Kaplan–Meier of
    /// either event.
    /// </summary>
    public static string Survival(FigureLevel level, FigureFilter f, string indicator, DateOnly asOf)
    {
        var a = $"DATE '{asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'";
        var trajectory = indicator == Outcomes.SurvivalDefinition.Trajectory;
        var column = trajectory ? "closed_on" : TrajectorySteps.SafetyPlans.Any(s => s.Code == indicator) ? indicator + "_on" : indicator;
        if (!DateColumns.Contains(column))
        {
            throw new ArgumentException($"Unknown indicator {indicator}.", nameof(indicator));
        }
        static string Quantile(double p) => $"min(d) FILTER (WHERE dj > 0 AND s <= {(1 - p).ToString("R", CultureInfo.InvariantCulture)}::DOUBLE + 1e-12::DOUBLE)::DOUBLE / {Months.DaysPerMonth.ToString(CultureInfo.InvariantCulture)}::DOUBLE";
        string Cif(double days)
        {
            var at = days.ToString("R", CultureInfo.InvariantCulture) + "::DOUBLE";
            return trajectory
                ? $"CASE WHEN n = 0 THEN NULL ELSE 100 * (1 - coalesce(arg_max(s, d) FILTER (WHERE dj > 0 AND d <= {at}), 1.0)) END"
                : $"100 * coalesce(sum(either_before * dj::DOUBLE / nj) FILTER (WHERE d <= {at}), 0.0)";
        }
        return $"""
            WITH covered AS (SELECT * FROM t {Where(f)}),
            dated AS (
              SELECT {Column(level)} AS g, opened_on,
                CASE WHEN closed_on <= {a} THEN closed_on END AS closed,
                CASE WHEN {column} <= {a} THEN {column} END AS happened
              FROM covered WHERE opened_on <= {a}),
            subjects AS (
              SELECT g, CAST(coalesce(happened, closed, {a}) - opened_on AS INTEGER) AS d,
                CASE WHEN happened IS NOT NULL THEN 1 ELSE 0 END AS e,
                CASE WHEN happened IS NULL AND closed IS NOT NULL THEN 1 ELSE 0 END AS c
              FROM dated WHERE g IS NOT NULL),
            times AS (SELECT g, d, sum(e) AS dj, sum(c) AS cj, count(*) AS m FROM subjects GROUP BY g, d),
            risk AS (SELECT *, sum(m) OVER (PARTITION BY g ORDER BY d DESC ROWS UNBOUNDED PRECEDING) AS nj FROM times),
            curve AS (
              SELECT *,
                product(1 - dj::DOUBLE / nj) OVER (PARTITION BY g ORDER BY d ROWS UNBOUNDED PRECEDING) AS s,
                coalesce(product(1 - (dj + cj)::DOUBLE / nj) OVER (PARTITION BY g ORDER BY d ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 1.0) AS either_before,
                sum(m) OVER (PARTITION BY g) AS n
              FROM risk)
            SELECT g, CAST(sum(m) AS INTEGER) AS n, CAST(sum(dj) AS INTEGER) AS events, CAST(sum(m) - sum(dj) AS INTEGER) AS censored,
              {Quantile(0.5)} AS median_months, {Quantile(0.25)} AS p25_months, {Quantile(0.75)} AS p75_months,
              {Cif(Outcomes.SurvivalEstimate.SixMonthsDays)} AS cif_6m, {Cif(Outcomes.SurvivalEstimate.TwelveMonthsDays)} AS cif_12m
            FROM curve GROUP BY g, n ORDER BY g
            """;
    }

    /// <summary>Runs a query and returns its rows (DBNull as null), for tests that compare figures.</summary>
    public async Task<List<object?[]>> RowsAsync(string sql, CancellationToken ct)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(ct))
        {
            var cells = new object?[reader.FieldCount];
            reader.GetValues(cells!);
            rows.Add([.. cells.Select(c => c is DBNull ? null : c)]);
        }
        return rows;
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
