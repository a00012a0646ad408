using System.Globalization;
using Zicht.Data;

namespace Zicht.Features.Dashboard;

/// <summary>
/// Durations from the mirror (docs/decisions/095): where the stored cells cannot answer a period quickly (by worker,
/// or a period that starts or ends mid-month), DuckDB sums up each indicator's day offsets per group. The
/// figures are made from those sums by <see cref="DurationValues.Row(string, string, string, DaySummary)"/>,
/// the code that makes them from the offsets themselves.
/// </summary>
public sealed partial class FigureMirror
{
    /// <summary>
    /// Whether durations for this level and filter are read here: the periods <see cref="Serves"/> covers, at every
    /// level but the service level (services are grouped by code, several ids to one group, and medians do not add up).
    /// </summary>
    public static bool ServesDurations(FigureLevel level, FigureFilter f) => level != FigureLevel.Service && Serves(level, f);

    /// <summary>
    /// Per group (its id, or the worker at the worker level, or the closing year at that level) the summary of each
    /// indicator's day offsets, in <see cref="DurationValues.Indicators"/> order. Trajectories without a worker (at the
    /// worker level) or without a closing year (at that level) are left out, as the grouped query leaves them out.
    /// </summary>
    internal Task<List<(object Key, DaySummary[] Days)>> DurationsAsync(ZichtDb db, FigureLevel level, FigureFilter f,
        IReadOnlyCollection<Guid>? serviceIds, CancellationToken ct) =>
        ReadAsync(db, f, async (duck, teams) =>
        {
            var (key, present) = level switch
            {
                FigureLevel.Region => ("region", "TRUE"),
                FigureLevel.Team => ("team", "TRUE"),
                FigureLevel.Worker => ("worker", "worker IS NOT NULL"),
                FigureLevel.ClosingYear => ("closing_year", "closing_year IS NOT NULL"),
                FigureLevel.Organisation => ("organisation", "TRUE"),
                _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Services are grouped by code: not from the mirror."),
            };
            var threshold = f.ThresholdMonths.ToString("R", CultureInfo.InvariantCulture);
            var perMonth = Months.DaysPerMonth.ToString("R", CultureInfo.InvariantCulture);
            // Day offsets of each indicator: a step's date, and the closure for the trajectory itself.
            var offsets = Enumerable.Range(0, TrajectoriesDated).Select(i => $"(d{i} - opened_on)").Append("(closed_on - opened_on)");
            var sums = offsets.Select(x => $"""
                count({x}), coalesce(sum({x}), 0)::BIGINT, min({x})::INTEGER, max({x})::INTEGER, median({x})::DOUBLE,
                count(CASE WHEN {x}::DOUBLE / {perMonth}::DOUBLE > {threshold}::DOUBLE THEN 1 END)
                """);
            await using var command = duck.CreateCommand();
            var where = Where(f, teams, serviceIds);
            where.Add(present);
            command.CommandText = $"""
                SELECT {key}, {string.Join(", ", sums)}
                FROM t WHERE {string.Join(" AND ", where.Select(w => $"({w})"))}
                GROUP BY {key}
                """;
            var found = new List<(object Key, DaySummary[] Days)>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var days = new DaySummary[DurationValues.Indicators.Count];
                for (var i = 0; i < days.Length; i++)
                {
                    var c = 1 + (6 * i);
                    var n = (int)reader.GetInt64(c);
                    days[i] = n == 0 ? default
                        : new(n, reader.GetInt64(c + 1), reader.GetInt32(c + 2), reader.GetInt32(c + 3), reader.GetDouble(c + 4), (int)reader.GetInt64(c + 5));
                }
                object k = level switch
                {
                    FigureLevel.Worker => _workers[reader.GetInt32(0)],
                    FigureLevel.ClosingYear => reader.GetInt32(0),
                    _ => _ids[reader.GetInt32(0)],
                };
                found.Add((k, days));
            }
            return found;
        }, ct);

    private static int TrajectoriesDated => Trajectories.TrajectorySteps.Dated.Count;
}
