using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Zicht.Data;
using Zicht.Features.Dashboard;
using Zicht.Features.Trajectories;

namespace Zicht.Features.Outcomes;

/// <summary>
/// Survival figures per group, unsuppressed, from the trajectories a dashboard filter covers. The status
/// filter does not apply: the population is every trajectory, open or closed. The estimators need every
/// time, but only its count matters: the database applies <see cref="SurvivalDefinition.SubjectOf"/>
/// (as-of rules included) and returns one row per (group, days, ending) with its count, so only the
/// distinct times travel (docs/decisions/092). <see cref="RowsFromTrajectoriesAsync"/> is the plain
/// computation over every trajectory's dates, which the grouped one is tested against.
/// </summary>
public sealed class SurvivalQueries(ZichtDb db, FigureQueries queries, FigureMirror? mirror = null)
{
    /// <summary>The dashboard levels plus <c>opening_year</c>, the cohorts compared side by side.</summary>
    public const string OpeningYear = "opening_year";

    public static IReadOnlyList<string> Levels { get; } = [.. Enum.GetValues<FigureLevel>().Select(FigureLevels.Code), OpeningYear];

    public async Task<List<SurvivalRow>> RowsAsync(string level, string indicator, FigureFilter filter, DateOnly asOf, CancellationToken ct)
    {
        var population = filter with { Status = TrajectoryStatus.All };
        var figureLevel = FigureLevels.TryParse(level, out var l) ? l : FigureLevel.Organisation;
        var labels = level == OpeningYear ? null : await GroupLabels.LoadAsync(db, figureLevel, population, ct);
        if (mirror is not null)
        {
            return Rows(level, indicator, labels, await FromMirrorAsync(mirror, level, indicator, population, asOf, labels, ct));
        }
        var q = await queries.FilteredAsync(population, ct);
        var subjects = level switch
        {
            OpeningYear => await GroupedAsync(true, q, t => (int?)t.OpenedOn.Year, indicator, asOf, y => Year(y), ct),
            "organisation" => await GroupedAsync(true, q, t => t.OrganisationId, indicator, asOf, labels!.Of, ct),
            "region" => await GroupedAsync(true, q, t => t.RegionId, indicator, asOf, labels!.Of, ct),
            "team" => await GroupedAsync(false, q, t => t.TeamId, indicator, asOf, labels!.Of, ct),
            "service" => await GroupedAsync(true, q, t => t.ServiceId, indicator, asOf, labels!.Of, ct),
            "worker" => await GroupedAsync(false, q.Where(t => t.Worker != null), t => t.Worker, indicator, asOf, w => w, ct),
            _ => await GroupedAsync(true, q.Where(t => t.ClosingYear != null), t => t.ClosingYear, indicator, asOf, y => Year(y), ct),
        };
        return Rows(level, indicator, labels, subjects);
    }

    /// <summary>
    /// The same (group, days, ending) counts from the in-memory columnar mirror of the trajectories (docs/decisions/093):
    /// the same as_of rules, in DuckDB's SQL; SurvivalGroupedTests hold them equal to the plain computation.
    /// </summary>
    private async Task<List<(string Group, Subject Subject)>> FromMirrorAsync(FigureMirror figures, string level, string indicator, FigureFilter population,
        DateOnly asOf, GroupLabels? labels, CancellationToken ct)
    {
        var group = level switch
        {
            OpeningYear => FigureMirror.TimeGroup.OpeningYear,
            "organisation" => FigureMirror.TimeGroup.Organisation,
            "region" => FigureMirror.TimeGroup.Region,
            "team" => FigureMirror.TimeGroup.Team,
            "service" => FigureMirror.TimeGroup.Service,
            "worker" => FigureMirror.TimeGroup.Worker,
            _ => FigureMirror.TimeGroup.ClosingYear,
        };
        var dated = TrajectorySteps.Dated.Select((d, i) => (d.Code, i)).FirstOrDefault(d => d.Code == indicator) is { Code: not null } found ? found.i : (int?)null;
        var serviceIds = string.IsNullOrEmpty(population.Service) ? null : await queries.ServiceIdsAsync(population.Service, ct);
        var endings = new FigureMirror.Endings((int)Ending.Event, (int)Ending.Competing, (int)Ending.Censored, Excluded);
        var counts = await figures.SurvivalTimesAsync(db, group, dated, indicator == SurvivalDefinition.Trajectory, population, serviceIds, asOf, endings, ct);
        return [.. counts.Where(c => c.Ending != Excluded && c.Key is not null)
            .Select(c => (Group: c.Key switch
            {
                Guid id => labels!.Of(id),
                int year => Year(year),
                string worker => worker,
                _ => null,
            }, Subject: new Subject(c.Days, (Ending)c.Ending, c.Count)))
            .Where(r => r.Group is not null).Select(r => (r.Group!, r.Subject))];
    }

    /// <summary>The same figures from every covered trajectory's dates, grouped and reduced in memory (what <see cref="RowsAsync"/> is tested against).</summary>
    internal async Task<List<SurvivalRow>> RowsFromTrajectoriesAsync(string level, string indicator, FigureFilter filter, DateOnly asOf, CancellationToken ct)
    {
        var population = filter with { Status = TrajectoryStatus.All };
        var dates = await (await queries.FilteredAsync(population, ct)).Select(Projection(indicator)).ToListAsync(ct);
        var figureLevel = FigureLevels.TryParse(level, out var l) ? l : FigureLevel.Organisation;
        var labels = level == OpeningYear ? null : await GroupLabels.LoadAsync(db, figureLevel, population, ct);
        Func<Dates, string?> groupOf = level switch
        {
            OpeningYear => d => d.OpenedOn.Year.ToString(CultureInfo.InvariantCulture),
            "organisation" => d => labels!.Of(d.OrganisationId),
            "region" => d => labels!.Of(d.RegionId),
            "team" => d => labels!.Of(d.TeamId),
            "service" => d => labels!.Of(d.ServiceId),
            "worker" => d => d.Worker,
            _ => d => d.ClosedOn?.Year.ToString(CultureInfo.InvariantCulture),
        };
        var subjects = dates.Select(d => (Group: groupOf(d), Subject: SurvivalDefinition.SubjectOf(new SurvivalDates(d.OpenedOn, d.ClosedOn, d.On), indicator, asOf)))
            .Where(x => x.Group is not null && x.Subject is not null)
            .Select(x => (x.Group!, x.Subject!.Value));
        return Rows(level, indicator, labels, subjects);
    }

    private static string? Year(int? year) => year?.ToString(CultureInfo.InvariantCulture);

    private static List<SurvivalRow> Rows(string level, string indicator, GroupLabels? labels, IEnumerable<(string Group, Subject Subject)> subjects)
    {
        var groups = subjects.GroupBy(x => x.Group, x => x.Subject, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var missing in labels?.AlwaysListed.Where(g => !groups.ContainsKey(g)) ?? [])
        {
            groups[missing] = [];
        }
        return [.. groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => SurvivalRow.Of(level, g.Key, indicator, g.Value))];
    }

    /// <summary>One trajectory's group, time and ending (<see cref="Excluded"/>: opened after as_of); SQLite reads the columns in this order.</summary>
    private sealed class TimePoint<TKey>
    {
        public TKey Key { get; set; } = default!;
        public int Days { get; set; }
        public int Ending { get; set; }
    }

    private const int Excluded = -1;

    /// <summary>
    /// <see cref="SurvivalDefinition.SubjectOf"/> in SQL: a trajectory opened after as_of is left out; the
    /// event date is the indicator's (for <c>trajectory</c> the closure's) when it is on or before as_of;
    /// else the closure on or before as_of (a competing event for an indicator); else as_of (censored).
    /// Days are the difference of day numbers, which EF translates on both providers (SQLite: julianday;
    /// PostgreSQL: date − date). The as_of test on the opening is in the CASE, not the WHERE, so the
    /// filter's own plan is kept (an extra range on OpenedOn made SQLite skip-scan an index).
    /// At levels with few groups (<paramref name="fewGroups"/>) PostgreSQL counts (group, days, ending)
    /// with a hash aggregate, so only distinct times travel. Per team or worker there are nearly as many
    /// distinct (group, days, ending) as trajectories, and the aggregate cost more than it saved (0.5 →
    /// 0.6–0.7 s at 200k), and SQLite's GROUP BY sorts every row (0.5–1 s at 200k against 0.3 s to read
    /// them): there the narrow rows are streamed and counted here. The same counts either way.
    /// </summary>
    private async Task<List<(string Group, Subject Subject)>> GroupedAsync<TKey>(bool fewGroups, IQueryable<Trajectory> q, Expression<Func<Trajectory, TKey>> key,
        string indicator, DateOnly asOf, Func<TKey, string?> label, CancellationToken ct)
    {
        var trajectory = indicator == SurvivalDefinition.Trajectory;
        var date = trajectory ? (Expression<Func<Trajectory, DateOnly?>>)(t => t.ClosedOn)
            : TrajectorySteps.Dated.FirstOrDefault(d => d.Code == indicator)?.Date ?? (t => null);
        const int Event = (int)Ending.Event, Competing = (int)Ending.Competing, Censored = (int)Ending.Censored;
        Expression<Func<Trajectory, TKey, DateOnly?, TimePoint<TKey>>> shape = (t, k, on) => new TimePoint<TKey>
        {
            Key = k,
            Days = (on != null && on <= asOf ? on.Value : t.ClosedOn != null && t.ClosedOn <= asOf ? t.ClosedOn.Value : asOf).DayNumber - t.OpenedOn.DayNumber,
            Ending = t.OpenedOn > asOf ? Excluded : on != null && on <= asOf ? Event : t.ClosedOn != null && t.ClosedOn <= asOf ? Competing : Censored,
        };
        var p = shape.Parameters[0];
        var body = ReplacingExpressionVisitor.Replace(shape.Parameters[1], ReplacingExpressionVisitor.Replace(key.Parameters[0], p, key.Body), shape.Body);
        body = ReplacingExpressionVisitor.Replace(shape.Parameters[2], ReplacingExpressionVisitor.Replace(date.Parameters[0], p, date.Body), body);
        var points = q.Select(Expression.Lambda<Func<Trajectory, TimePoint<TKey>>>(body, p));
        var counts = new List<(TKey Key, int Days, int Ending, int Count)>();
        if (db.IsPostgres && fewGroups)
        {
            var rows = await points.GroupBy(x => new { x.Key, x.Days, x.Ending })
                .Select(g => new { g.Key.Key, g.Key.Days, g.Key.Ending, Count = g.Count() })
                .ToListAsync(ct);
            counts.AddRange(rows.Select(r => (r.Key, r.Days, r.Ending, r.Count)));
        }
        else
        {
            // EF's own command for the same SQL, read column by column: the key stays the stored value
            // (on SQLite TEXT for ids, no Guid parse per row) until it is converted once per distinct key.
            var tally = new Dictionary<(object? Key, int Days, int Ending), int>();
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await using var command = points.CreateDbCommand();
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    var k = reader.IsDBNull(0) ? null : reader.GetValue(0);
                    CollectionsMarshal.GetValueRefOrAddDefault(tally, (k, reader.GetInt32(1), reader.GetInt32(2)), out _)++;
                }
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
            counts.AddRange(tally.Select(c => (StoredKey<TKey>(c.Key.Key), c.Key.Days, c.Key.Ending, c.Value)));
        }
        return [.. counts.Where(c => c.Ending != Excluded).Select(c => (Group: label(c.Key), Subject: new Subject(c.Days, (Ending)c.Ending, c.Count)))
            .Where(r => r.Group is not null).Select(r => (r.Group!, r.Subject))];
    }

    /// <summary>A key as the provider returns it (SQLite: ids as TEXT, years as INTEGER; PostgreSQL: as typed) in the key type of the level.</summary>
    private static TKey StoredKey<TKey>(object? stored) => stored switch
    {
        null => default!,
        string id when typeof(TKey) == typeof(Guid) => (TKey)(object)Guid.Parse(id),
        long year when typeof(TKey) == typeof(int?) => (TKey)(object)(int)year,
        _ => (TKey)stored,
    };

    /// <summary>The row projection; a class with setters so the indicator's column can be bound into the expression.</summary>
    private sealed class Dates
    {
        public Guid OrganisationId { get; set; }
        public Guid RegionId { get; set; }
        public Guid TeamId { get; set; }
        public Guid ServiceId { get; set; }
        public string? Worker { get; set; }
        public DateOnly OpenedOn { get; set; }
        public DateOnly? ClosedOn { get; set; }
        public DateOnly? On { get; set; }
    }

    private static Expression<Func<Trajectory, Dates>> Projection(string indicator)
    {
        var date = TrajectorySteps.Dated.FirstOrDefault(d => d.Code == indicator)?.Date;
        var t = date?.Parameters[0] ?? Expression.Parameter(typeof(Trajectory), "t");
        MemberAssignment Bind(string name, Expression value) => Expression.Bind(typeof(Dates).GetProperty(name)!, value);
        MemberAssignment Copy(string name) => Bind(name, Expression.Property(t, name));
        return Expression.Lambda<Func<Trajectory, Dates>>(Expression.MemberInit(Expression.New(typeof(Dates)),
            Copy(nameof(Dates.OrganisationId)), Copy(nameof(Dates.RegionId)), Copy(nameof(Dates.TeamId)), Copy(nameof(Dates.ServiceId)),
            Copy(nameof(Dates.Worker)), Copy(nameof(Dates.OpenedOn)), Copy(nameof(Dates.ClosedOn)),
            Bind(nameof(Dates.On), date?.Body ?? Expression.Constant(null, typeof(DateOnly?)))), t);
    }
}
