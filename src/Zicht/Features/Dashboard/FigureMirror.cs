using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Trajectories;

namespace Zicht.Features.Dashboard;

/// <summary>
/// A columnar copy (DuckDB, in memory, in this process) of what the breadth and core-data tallies read
/// from each trajectory, kept per team under the <see cref="TeamFigureStamp"/> it was copied at
/// (docs/decisions/093). It answers what the stored figure cells cannot answer quickly: a period at the
/// worker level or for one worker (per worker and month there are about as many parts as trajectories),
/// and a period that starts or ends mid-month. Before every read the teams in scope are compared with
/// their stamps in the database, and a team whose stamp moved is copied again first, so the figures are
/// never stale. Each trajectory's contribution is worked out here, by <see cref="Tally.Add(DateOnly?, ReadOnlySpan{DateOnly?}, bool?, PlanB?, Placement?, int?, int?, int?, int?)"/>'s
/// definitions; DuckDB only filters, groups and sums. One reader or writer at a time.
/// </summary>
public sealed partial class FigureMirror : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<Guid, Guid> _stamps = [];
    private readonly Dictionary<Guid, int> _codes = [];
    private readonly List<Guid> _ids = [];
    private readonly Dictionary<string, int> _workerCodes = new(StringComparer.Ordinal);
    private readonly List<string> _workers = [];
    private DuckDBConnection? _duck;
    private long _appended;

    /// <summary>Whether a tally for this level and filter is read here rather than from the cells or the trajectories.</summary>
    public static bool Serves(FigureLevel level, FigureFilter f) =>
        PeriodCells.Of(f) is { } period && (period.Partial.Count > 0 || DurationCells.SourceFor(level, f) is null);

    /// <summary>Copies every team whose stamp moved (all of them the first time); returns how many teams are in the mirror.</summary>
    internal Task<int> WarmAsync(ZichtDb db, CancellationToken ct) => ReadAsync(db, new FigureFilter(), (_, teams) => Task.FromResult(teams.Count), ct);

    /// <summary>
    /// Copies the teams in scope whose stamp moved since they were copied (or that were never copied), then reads.
    /// </summary>
    private async Task<T> ReadAsync<T>(ZichtDb db, FigureFilter f, Func<DuckDBConnection, List<Guid>, Task<T>> read, CancellationToken ct)
    {
        var teams = await DurationCells.TeamsInScopeAsync(db, f, ct);
        var current = await db.Set<TeamFigureStamp>().Where(s => teams.Contains(s.TeamId)).ToDictionaryAsync(s => s.TeamId, s => s.Stamp, ct);
        await _gate.WaitAsync(ct);
        try
        {
            var duck = await OpenAsync(ct);
            var stale = teams.Where(t => !_stamps.TryGetValue(t, out var copied) || copied != current.GetValueOrDefault(t)).ToList();
            if (stale.Count > 0)
            {
                await CopyAsync(db, duck, stale, ct);
            }
            return await read(duck, teams);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<DuckDBConnection> OpenAsync(CancellationToken ct)
    {
        if (_duck is not null)
        {
            return _duck;
        }
        var duck = new DuckDBConnection("DataSource=:memory:");
        await duck.OpenAsync(ct);
        await using var create = duck.CreateCommand();
        create.CommandText = $"""
            CREATE TABLE t (team INTEGER, organisation INTEGER, region INTEGER, service INTEGER, worker INTEGER,
              opened_on DATE, closed_on DATE, closing_year INTEGER, {Dated} {FlagPairs}
              members INTEGER, meetings INTEGER, crisis_before INTEGER, crisis_after INTEGER)
            """;
        await create.ExecuteNonQueryAsync(ct);
        return _duck = duck;
    }

    /// <summary>
    /// A worker's code in the mirror: grouping by a small integer took 44–55 ms where grouping by the name took
    /// 71–74 ms (a million rows, a period by worker; docs/decisions/095). Names are compared exactly, as the database does.
    /// </summary>
    private int? WorkerCode(string? worker)
    {
        if (worker is null)
        {
            return null;
        }
        if (!_workerCodes.TryGetValue(worker, out var code))
        {
            _workerCodes[worker] = code = _workers.Count;
            _workers.Add(worker);
        }
        return code;
    }

    private int Code(Guid id)
    {
        if (!_codes.TryGetValue(id, out var code))
        {
            _codes[id] = code = _ids.Count;
            _ids.Add(id);
        }
        return code;
    }

    /// <summary>
    /// Copies the given teams' trajectories, each team with the stamp read in the same statement. A team's
    /// stamp is forgotten before its rows are removed, so a copy that fails half-way is made again next time.
    /// </summary>
    private async Task CopyAsync(ZichtDb db, DuckDBConnection duck, List<Guid> teams, CancellationToken ct)
    {
        foreach (var team in teams)
        {
            _stamps.Remove(team);
        }
        await using (var delete = duck.CreateCommand())
        {
            delete.CommandText = $"DELETE FROM t WHERE team IN ({string.Join(",", teams.Select(Code))})";
            await delete.ExecuteNonQueryAsync(ct);
        }
        var copied = new Dictionary<Guid, Guid>();
        var rows = DurationCells.RowsOf(db, db.Set<TeamFigureStamp>().Where(s => teams.Contains(s.TeamId)), t => true);
        using (var appender = duck.CreateAppender("t"))
        {
            await foreach (var r in rows.AsAsyncEnumerable().WithCancellation(ct))
            {
                copied[r.TeamId] = r.Stamp;
                if (r.OpenedOn is not { } opened)
                {
                    continue; // a team without trajectories
                }
                var closed = r.ClosedOn is not null;
                var row = appender.CreateRow()
                    .AppendValue(Code(r.TeamId)).AppendValue(Code(r.OrganisationId!.Value)).AppendValue(Code(r.RegionId!.Value)).AppendValue(Code(r.ServiceId!.Value))
                    .AppendValue(WorkerCode(r.Worker)).AppendValue((DateOnly?)opened).AppendValue(r.ClosedOn).AppendValue(r.ClosingYear);
                foreach (var on in r.Dates)
                {
                    row.AppendValue(on);
                }
                Span<bool> flags =
                [
                    closed, r.StartedInPlanB == true, closed && r.PlanB == PlanB.Network, closed && r.PlanB == PlanB.Residential,
                    r.Placement is { } p && p != Placement.None, r.Placement is Placement.FamilyNetwork or Placement.SocialNetwork,
                    .. r.Dates.Select(d => d is not null),
                ];
                for (var i = 0; i < flags.Length; i += 2)
                {
                    row.AppendValue(One(flags[i]) + (i + 1 < flags.Length ? One(flags[i + 1]) << 32 : 0L));
                }
                row.AppendValue(r.NetworkMembers).AppendValue(r.NetworkMeetings).AppendValue((int?)(r.CrisisBefore ?? 0)).AppendValue((int?)(r.CrisisAfter ?? 0))
                    .EndRow();
                _appended++;
            }
        }
        foreach (var (team, stamp) in copied)
        {
            _stamps[team] = stamp;
        }
        await SortAsync(duck, ct);
    }

    private static long One(bool yes) => yes ? 1L : 0L;

    /// <summary>
    /// The 0/1 facts a tally counts, worked out in C# by <see cref="Tally.Add(DateOnly?, ReadOnlySpan{DateOnly?}, bool?, PlanB?, Placement?, int?, int?, int?, int?)"/>'s
    /// definitions: closed, started in plan B, plan B network and residential when closed, placed, placed in the network,
    /// then whether each dated indicator has its date.
    /// </summary>
    private static int Flags => 6 + TrajectorySteps.Dated.Count;

    /// <summary>
    /// The flags two to a BIGINT column (f0, f1, …), the second 32 bits up: one sum adds up two counts, exactly while a
    /// group has fewer than 2³² trajectories, and a period by worker takes 30–35 ms instead of 48–51 (docs/decisions/095).
    /// </summary>
    private static string FlagPairs => string.Concat(Enumerable.Range(0, (Flags + 1) / 2).Select(k => $"f{k} BIGINT, "));

    /// <summary>One DATE column per dated indicator, in the order of <see cref="TrajectorySteps.Dated"/> (d0, d1, …).</summary>
    private static string Dated => string.Concat(TrajectorySteps.Dated.Select((_, i) => $"d{i} DATE, "));

    /// <summary>
    /// Keeps the table in opening order once a tenth of it was copied since the last sort: DuckDB skips the
    /// row groups whose date range misses a period (zone maps), which made a period by worker five times
    /// faster at a million rows (docs/decisions/093). A team copied again goes to the end until then.
    /// </summary>
    private async Task SortAsync(DuckDBConnection duck, CancellationToken ct)
    {
        await using var count = duck.CreateCommand();
        count.CommandText = "SELECT count(*) FROM t";
        var rows = Convert.ToInt64(await count.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        if (_appended * 10 < rows)
        {
            return;
        }
        await using var sort = duck.CreateCommand();
        sort.CommandText = "CREATE OR REPLACE TABLE t AS SELECT * FROM t ORDER BY opened_on";
        await sort.ExecuteNonQueryAsync(ct);
        _appended = 0;
    }

    /// <summary>The filter's conditions, to be joined by AND.</summary>
    private List<string> Where(FigureFilter f, List<Guid> teams, IReadOnlyCollection<Guid>? serviceIds)
    {
        // Every team in scope was copied before this read, so when they are as many as the teams copied they are all
        // of them, and the team list (an IN of a hundred codes, checked on every row) can go.
        var where = new List<string> { teams.Count == _stamps.Count ? "TRUE" : In("team", teams) };
        if (f.RegionIds is { } regions)
        {
            where.Add(In("region", regions));
        }
        if (serviceIds is not null)
        {
            where.Add(In("service", serviceIds));
        }
        where.Add(f.Status switch
        {
            TrajectoryStatus.Open => "closed_on IS NULL",
            TrajectoryStatus.Closed => "closed_on IS NOT NULL",
            _ => "TRUE",
        });
        if (f.Worker is { } worker)
        {
            // A worker never copied has no trajectory in the mirror.
            where.Add(_workerCodes.TryGetValue(worker, out var code) ? $"worker = {code}" : "FALSE");
        }
        where.Add(Period(f));
        return where;
    }

    private static string Day(DateOnly d) => $"DATE '{d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}'";

    /// <summary>The codes of the given ids as an IN list (ids never copied match nothing).</summary>
    private string In(string column, IEnumerable<Guid> ids)
    {
        var codes = ids.Where(_codes.ContainsKey).Select(id => _codes[id].ToString(CultureInfo.InvariantCulture)).ToList();
        return codes.Count == 0 ? "FALSE" : $"{column} IN ({string.Join(",", codes)})";
    }

    /// <summary>Opened or closed in the period, by the definition of <see cref="FigureQueries.FilteredAsync"/>.</summary>
    private static string Period(FigureFilter f)
    {
        static string D(DateOnly d) => Day(d);
        return (f.From, f.To) switch
        {
            ({ } from, { } to) => $"(opened_on BETWEEN {D(from)} AND {D(to)}) OR (closed_on BETWEEN {D(from)} AND {D(to)})",
            ({ } from, null) => $"opened_on >= {D(from)} OR closed_on >= {D(from)}",
            (null, { } to) => $"opened_on <= {D(to)}",
            _ => "TRUE",
        };
    }

    /// <summary>What DuckDB holds in memory for the copy (the benchmark prints it).</summary>
    internal async Task<double> MemoryMiBAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using var command = (await OpenAsync(ct)).CreateCommand();
            command.CommandText = "SELECT coalesce(sum(memory_usage_bytes), 0)::DOUBLE FROM duckdb_memory()";
            return Convert.ToDouble(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) / 1048576;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_duck is not null)
        {
            await _duck.DisposeAsync();
        }
        _gate.Dispose();
    }

    public void Dispose()
    {
        _duck?.Dispose();
        _gate.Dispose();
    }
}
