using DuckDB.NET.Data;
using Zicht.Data;

namespace Zicht.Features.Dashboard;

/// <summary>The breadth and core-data tallies from the mirror (docs/decisions/093, 095). The copy: FigureMirror.cs.</summary>
public sealed partial class FigureMirror
{
    /// <summary>
    /// The tallies per group key (an id, or the worker at the worker level; no year) and per closing year (no
    /// key), whose sums both ways are what a GROUP BY (key, year) over the trajectories gives. At the closing-year
    /// level, per year only.
    /// </summary>
    internal Task<List<(Guid? Id, string? Worker, int? Year, Tally Tally)>> TalliesAsync(ZichtDb db, FigureLevel level, FigureFilter f,
        IReadOnlyCollection<Guid>? serviceIds, CancellationToken ct) =>
        ReadAsync(db, f, (duck, teams) => QueryAsync(duck, level, f, teams, serviceIds, ct), ct);

    /// <summary>Flag <paramref name="i"/>'s count, out of the pair sums s0, s1, … of the inner query.</summary>
    private static string FlagCount(int i) => i % 2 == 0 ? $"(s{i / 2} & 4294967295)::BIGINT" : $"(s{i / 2} >> 32)::BIGINT";

    private async Task<List<(Guid? Id, string? Worker, int? Year, Tally Tally)>> QueryAsync(DuckDBConnection duck, FigureLevel level, FigureFilter f,
        List<Guid> teams, IReadOnlyCollection<Guid>? serviceIds, CancellationToken ct)
    {
        var key = level switch
        {
            FigureLevel.Region => "region",
            FigureLevel.Team => "team",
            FigureLevel.Service => "service",
            FigureLevel.Worker => "worker",
            FigureLevel.ClosingYear => "NULL::INTEGER",
            _ => "organisation",
        };
        // A page needs the sums per group and per closing year, not per (group, year): two grouping sets
        // give 1,500 + 11 rows for the workers of a million trajectories instead of 16,000.
        var groupBy = level == FigureLevel.ClosingYear ? "closing_year" : $"GROUPING SETS (({key}), (closing_year))";
        await using var command = duck.CreateCommand();
        var where = Where(f, teams, serviceIds);
        // Sums of flag pairs, not count(*) FILTER (twice as long) nor a sum per flag and count per date (half again).
        // The numbers come out in the order of Tally.ToNumbers: count, the six flags, the network and crisis sums, the dates.
        var pairs = string.Concat(Enumerable.Range(0, (Flags + 1) / 2).Select(k => $"sum(f{k}) AS s{k}, "));
        command.CommandText = $"""
            SELECT k, closing_year, n, {string.Join(", ", Enumerable.Range(0, 6).Select(FlagCount))},
              members, members_known, meetings, meetings_known, crisis_before, crisis_after,
              {string.Join(", ", Enumerable.Range(6, Flags - 6).Select(FlagCount))}
            FROM (
              SELECT {key} AS k, closing_year, count(*) AS n, {pairs}
                coalesce(sum(members), 0)::BIGINT AS members, count(members) AS members_known, coalesce(sum(meetings), 0)::BIGINT AS meetings,
                count(meetings) AS meetings_known, coalesce(sum(crisis_before), 0)::BIGINT AS crisis_before, coalesce(sum(crisis_after), 0)::BIGINT AS crisis_after
              FROM t WHERE {string.Join(" AND ", where.Select(w => $"({w})"))}
              GROUP BY {groupBy})
            """;
        var found = new List<(Guid? Id, string? Worker, int? Year, Tally Tally)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        var numbers = new long[reader.FieldCount - 2];
        while (await reader.ReadAsync(ct))
        {
            for (var i = 0; i < numbers.Length; i++)
            {
                numbers[i] = reader.GetInt64(i + 2);
            }
            int? year = reader.IsDBNull(1) ? null : reader.GetInt32(1);
            var tally = Tally.FromNumbers(numbers);
            found.Add(reader.IsDBNull(0) ? (null, null, year, tally)
                : level == FigureLevel.Worker ? (null, _workers[reader.GetInt32(0)], year, tally)
                : (_ids[reader.GetInt32(0)], null, year, tally));
        }
        return found;
    }
}
