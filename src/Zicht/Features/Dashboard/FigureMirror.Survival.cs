using DuckDB.NET.Data;
using Zicht.Data;

namespace Zicht.Features.Dashboard;

/// <summary>Survival times from the mirror (the time-to pages; docs/decisions/092, 093). The copy and the tallies: FigureMirror.cs.</summary>
public sealed partial class FigureMirror
{
    /// <summary>How survival times are grouped: the dashboard levels plus the opening year.</summary>
    internal enum TimeGroup { Organisation, Region, Team, Service, Worker, OpeningYear, ClosingYear }

    /// <summary>The survival endings as the caller numbers them; <see cref="Excluded"/>: opened after as_of.</summary>
    internal readonly record struct Endings(int Event, int Competing, int Censored, int Excluded);

    /// <summary>
    /// The number of trajectories per (group, days, ending) for one indicator (<paramref name="dated"/>: its index in
    /// <see cref="TrajectorySteps.Dated"/>; <paramref name="closure"/>: the trajectory's own closure; neither: no
    /// date), by the as_of rules of SurvivalQueries (docs/decisions/092). The key is the group's id, worker or year.
    /// The status filter does not apply (the caller passes the population).
    /// </summary>
    internal Task<List<(object? Key, int Days, int Ending, int Count)>> SurvivalTimesAsync(ZichtDb db, TimeGroup group, int? dated, bool closure,
        FigureFilter f, IReadOnlyCollection<Guid>? serviceIds, DateOnly asOf, Endings endings, CancellationToken ct) =>
        ReadAsync(db, f, async (duck, teams) =>
        {
            var (key, present) = group switch
            {
                TimeGroup.Organisation => ("organisation", "TRUE"),
                TimeGroup.Region => ("region", "TRUE"),
                TimeGroup.Team => ("team", "TRUE"),
                TimeGroup.Service => ("service", "TRUE"),
                TimeGroup.Worker => ("worker", "worker IS NOT NULL"),
                TimeGroup.OpeningYear => ("year(opened_on)::INTEGER", "TRUE"),
                _ => ("closing_year", "closing_year IS NOT NULL"),
            };
            var on = closure ? "closed_on" : dated is { } i ? $"d{i}" : "NULL::DATE";
            var a = Day(asOf);
            await using var command = duck.CreateCommand();
            var where = Where(f with { Status = TrajectoryStatus.All }, teams, serviceIds);
            where.Add(present);
            command.CommandText = $"""
                SELECT {key},
                  ((CASE WHEN {on} <= {a} THEN {on} WHEN closed_on <= {a} THEN closed_on ELSE {a} END) - opened_on)::INTEGER,
                  CASE WHEN opened_on > {a} THEN {endings.Excluded} WHEN {on} <= {a} THEN {endings.Event}
                       WHEN closed_on <= {a} THEN {endings.Competing} ELSE {endings.Censored} END,
                  count(*)::INTEGER
                FROM t WHERE {string.Join(" AND ", where.Select(w => $"({w})"))}
                GROUP BY ALL
                """;
            var found = new List<(object? Key, int Days, int Ending, int Count)>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                object? k = reader.IsDBNull(0) ? null
                    : group == TimeGroup.Worker ? _workers[reader.GetInt32(0)]
                    : group is TimeGroup.OpeningYear or TimeGroup.ClosingYear ? reader.GetInt32(0)
                    : _ids[reader.GetInt32(0)];
                found.Add((k, reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3)));
            }
            return found;
        }, ct);
}
