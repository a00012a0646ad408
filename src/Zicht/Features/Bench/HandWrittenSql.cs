using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Trajectories;
using Zicht.Kernel;

namespace Zicht.Features.Bench;

/// <summary>
/// The best SQL we could write by hand for the same figures, the yardstick for Zicht's queries.
/// Breadth: one GROUP BY with conditional counts. Durations: PostgreSQL's percentile_cont per indicator
/// in one pass; SQLite has no median, so window functions number the values per group and indicator.
/// </summary>
internal static class HandWrittenSql
{
    private static readonly string[] DateColumns =
        [.. StepCatalog.Steps.Select(s => s.Column), nameof(Trajectory.AdultSafetyPlanOn), nameof(Trajectory.ChildSafetyPlanOn), nameof(Trajectory.ClosedOn)];

    public static string Breadth(string groupColumn, bool postgres)
    {
        var yes = postgres ? "TRUE" : "1";
        var counts = string.Join(", ", DateColumns.Select(c => $"COUNT(\"{c}\")"));
        return $"""
            SELECT "{groupColumn}", COUNT(*), {counts},
              SUM(CASE WHEN "StartedInPlanB" = {yes} THEN 1 ELSE 0 END),
              SUM(CASE WHEN "ClosedOn" IS NOT NULL AND "PlanB" = 'Network' THEN 1 ELSE 0 END),
              SUM(CASE WHEN "ClosedOn" IS NOT NULL AND "PlanB" = 'Residential' THEN 1 ELSE 0 END),
              SUM(CASE WHEN "Placement" IS NOT NULL AND "Placement" <> 'None' THEN 1 ELSE 0 END),
              SUM(CASE WHEN "Placement" IN ('FamilyNetwork', 'SocialNetwork') THEN 1 ELSE 0 END)
            FROM "{Table}" GROUP BY "{groupColumn}"
            """;
    }

    public static string Durations(string groupColumn, bool postgres, double thresholdMonths)
    {
        var threshold = (thresholdMonths * 30.4375).ToString(CultureInfo.InvariantCulture);
        if (postgres)
        {
            var aggregates = string.Join(",\n  ", DateColumns.Select(c =>
                $"""COUNT("{c}"), AVG("{c}" - "OpenedOn"), MIN("{c}" - "OpenedOn"), MAX("{c}" - "OpenedOn"), percentile_cont(0.5) WITHIN GROUP (ORDER BY "{c}" - "OpenedOn"), COUNT(*) FILTER (WHERE "{c}" - "OpenedOn" > {threshold})"""));
            return $"SELECT \"{groupColumn}\",\n  {aggregates}\nFROM \"{Table}\" GROUP BY \"{groupColumn}\"";
        }
        var values = string.Join("\n  UNION ALL ", DateColumns.Select((c, i) =>
            $"""SELECT "{groupColumn}" AS g, {i} AS i, CAST(julianday("{c}") - julianday("OpenedOn") AS INTEGER) AS d FROM "{Table}" WHERE "{c}" IS NOT NULL"""));
        return $"""
            WITH v AS ({values}),
            r AS (SELECT g, i, d, ROW_NUMBER() OVER (PARTITION BY g, i ORDER BY d) AS rn, COUNT(*) OVER (PARTITION BY g, i) AS c FROM v)
            SELECT g, i, MAX(c), AVG(d), MIN(d), MAX(d), AVG(CASE WHEN rn IN ((c + 1) / 2, (c + 2) / 2) THEN d END), SUM(d > {threshold})
            FROM r GROUP BY g, i
            """;
    }

    private const string Table = nameof(Trajectory);

    /// <summary>Runs a query and reads every cell, so both sides pay for materialising the result.</summary>
    public static async Task<int> RunAsync(ZichtDb db, string sql, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(ct);
        }
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 600;
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
}
