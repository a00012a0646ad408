using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Trajectories;

namespace Zicht.Features.Dashboard;

/// <summary>
/// Breadth, durations and counts per group, straight from the Trajectory table. Figures are returned
/// unsuppressed and sorted as exports.md asks; <see cref="Suppression"/> is applied by the caller that
/// knows who is looking. Regions and teams without trajectories are listed too (with zero cases), so a
/// heat map shows the gap instead of hiding it.
/// </summary>
public sealed class FigureQueries(ZichtDb db, ILogger<FigureQueries>? log = null, FigureMirror? mirror = null)
{
    public async Task<List<BreadthRow>> BreadthAsync(FigureLevel level, FigureFilter filter, CancellationToken ct)
    {
        var groups = await ByLevelAsync(level, filter, new BreadthQuery(), () => new BreadthCounts(), ct);
        var code = FigureLevels.Code(level);
        return groups.SelectMany(g => g.Value.ToRows(code, g.Group)).ToList();
    }

    public async Task<List<CountsRow>> CountsAsync(FigureLevel level, FigureFilter filter, CancellationToken ct)
    {
        var groups = await ByLevelAsync(level, filter, new CountsQuery(), () => new CountsRow("", "", 0, 0, null, null, 0, 0, false), ct);
        var code = FigureLevels.Code(level);
        return groups.Select(g => g.Value with { Level = code, Group = g.Group }).ToList();
    }

    /// <summary>
    /// Durations from the stored <see cref="DurationCell"/>s where they can answer (<see cref="DurationCells.SourceFor"/>),
    /// else from the trajectories; both give the same figures (DurationCellTests).
    /// </summary>
    /// <remarks>A period by worker or mid-month is summed up in the <see cref="FigureMirror"/> (docs/decisions/095).</remarks>
    public async Task<List<DurationRow>> DurationsAsync(FigureLevel level, FigureFilter filter, CancellationToken ct) =>
        mirror is not null && FigureMirror.ServesDurations(level, filter) && await DurationsFromMirrorAsync(mirror, level, filter, ct) is { } mirrored
            ? mirrored
            : DurationRows(level, filter, DurationCells.CanServe(level, filter)
                ? await DurationsFromCellsAsync(level, filter, ct)
                : await ByLevelAsync(level, filter, new DurationsQuery(), () => new DurationValues(), ct));

    /// <summary>
    /// The durations summed up per group in the mirror, labelled and ordered as the other ways give them; null when
    /// two groups carry the same label (two regions of one name), whose medians cannot be merged.
    /// </summary>
    private async Task<List<DurationRow>?> DurationsFromMirrorAsync(FigureMirror figures, FigureLevel level, FigureFilter filter, CancellationToken ct)
    {
        var labels = await GroupLabels.LoadAsync(db, level, filter, ct);
        var serviceIds = string.IsNullOrEmpty(filter.Service) ? null : await ServiceIdsAsync(filter.Service, ct);
        var found = await figures.DurationsAsync(db, level, filter, serviceIds, ct);
        var groups = new Dictionary<string, DaySummary[]>();
        foreach (var (key, days) in found)
        {
            var group = key switch
            {
                Guid id => labels.Of(id),
                int year => Year(year)!,
                _ => (string)key,
            };
            if (!groups.TryAdd(group, days))
            {
                return null;
            }
        }
        var empty = new DaySummary[DurationValues.Indicators.Count];
        foreach (var missing in labels.AlwaysListed)
        {
            groups.TryAdd(missing, empty);
        }
        var code = FigureLevels.Code(level);
        return [.. groups.OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => DurationValues.Indicators.Select((indicator, i) => DurationValues.Row(code, g.Key, indicator, g.Value[i])))];
    }

    /// <summary>The same durations read from the trajectories themselves (what the cells are tested against).</summary>
    internal async Task<List<DurationRow>> DurationsFromTrajectoriesAsync(FigureLevel level, FigureFilter filter, CancellationToken ct) =>
        DurationRows(level, filter, await ByLevelAsync(level, filter, new DurationsQuery(), () => new DurationValues(), ct));

    private static List<DurationRow> DurationRows(FigureLevel level, FigureFilter filter, List<(string Group, DurationValues Value)> groups) =>
        groups.SelectMany(g => g.Value.ToRows(FigureLevels.Code(level), g.Group, filter.ThresholdMonths)).ToList();

    private async Task<List<(string Group, DurationValues Value)>> DurationsFromCellsAsync(FigureLevel level, FigureFilter filter, CancellationToken ct)
    {
        var labels = await GroupLabels.LoadAsync(db, level, filter, ct);
        var serviceIds = string.IsNullOrEmpty(filter.Service) ? null : await ServiceIdsAsync(filter.Service, ct);
        Func<DurationCells.Cell, string?, string?> groupOf = level switch
        {
            FigureLevel.Organisation => (c, _) => labels.Of(c.OrganisationId),
            FigureLevel.Region => (c, _) => labels.Of(c.RegionId),
            FigureLevel.Team => (c, _) => labels.Of(c.TeamId),
            FigureLevel.Service => (c, _) => labels.Of(c.ServiceId),
            FigureLevel.Worker => (_, worker) => worker,
            _ => (c, _) => Year(c.ClosingYear),
        };
        var found = await DurationCells.GroupAsync(db, level, filter, serviceIds, groupOf, log, ct);
        var missing = labels.AlwaysListed.Where(g => !found.ContainsKey(g)).Select(g => (g, new DurationValues()));
        return [.. found.Select(g => (g.Key, g.Value)).Concat(missing).OrderBy(g => g.Item1, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The figures per group and per closing year from one GROUP BY (group, closing year): a page that
    /// shows both reads the table once, and the two sides are summed here from the same cells. Groups
    /// and years are as <see cref="BreadthAsync"/> and <see cref="CountsAsync"/> give them at that level
    /// and at <see cref="FigureLevel.ClosingYear"/>.
    /// </summary>
    /// <remarks>
    /// A period at the worker level or mid-month is read from the <see cref="FigureMirror"/> (docs/decisions/093),
    /// the rest from the stored figure cells where they can answer (<see cref="DurationCells.SourceFor"/>; docs/decisions/065, 085),
    /// else from the trajectories; all give the same tallies (CountCellTests).
    /// </remarks>
    public async Task<GroupsAndYears> TallyAsync(FigureLevel level, FigureFilter filter, CancellationToken ct)
    {
        var labels = await GroupLabels.LoadAsync(db, level, filter, ct);
        var cells = mirror is not null && FigureMirror.Serves(level, filter) ? await TallyCellsFromMirrorAsync(mirror, level, filter, labels, ct)
            : DurationCells.CanServe(level, filter) ? await TallyCellsFromCellsAsync(level, filter, labels, ct)
            : await TallyCellsAsync(level, filter, labels, ct);
        return GroupsAndYears(level, labels, cells);
    }

    /// <summary>The same tallies read from the trajectories themselves (what the cells are tested against).</summary>
    internal async Task<GroupsAndYears> TallyFromTrajectoriesAsync(FigureLevel level, FigureFilter filter, CancellationToken ct)
    {
        var labels = await GroupLabels.LoadAsync(db, level, filter, ct);
        return GroupsAndYears(level, labels, await TallyCellsAsync(level, filter, labels, ct));
    }

    private static string? Year(int? year) => year?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<List<(string? Group, string? Year, Tally Tally)>> TallyCellsFromCellsAsync(FigureLevel level, FigureFilter filter,
        GroupLabels labels, CancellationToken ct)
    {
        var serviceIds = string.IsNullOrEmpty(filter.Service) ? null : await ServiceIdsAsync(filter.Service, ct);
        var cells = await DurationCells.TalliesAsync(db, level, filter, serviceIds, log, ct);
        return [.. cells.Select(c => (level switch
        {
            FigureLevel.Worker => c.Worker,
            FigureLevel.Organisation => labels.Of(c.Cell.OrganisationId),
            FigureLevel.Region => labels.Of(c.Cell.RegionId),
            FigureLevel.Team => labels.Of(c.Cell.TeamId),
            FigureLevel.Service => labels.Of(c.Cell.ServiceId),
            _ => Year(c.Cell.ClosingYear),
        }, Year(c.Cell.ClosingYear), c.Tally))];
    }

    private async Task<List<(string? Group, string? Year, Tally Tally)>> TallyCellsFromMirrorAsync(FigureMirror figures, FigureLevel level, FigureFilter filter,
        GroupLabels labels, CancellationToken ct)
    {
        var serviceIds = string.IsNullOrEmpty(filter.Service) ? null : await ServiceIdsAsync(filter.Service, ct);
        var cells = await figures.TalliesAsync(db, level, filter, serviceIds, ct);
        return [.. cells.Select(c => (level switch
        {
            FigureLevel.Worker => c.Worker,
            FigureLevel.ClosingYear => Year(c.Year),
            _ => c.Id is { } id ? labels.Of(id) : null,
        }, Year(c.Year), c.Tally))];
    }

    private async Task<List<(string? Group, string? Year, Tally Tally)>> TallyCellsAsync(FigureLevel level, FigureFilter filter,
        GroupLabels labels, CancellationToken ct)
    {
        var q = await FilteredAsync(filter, ct);
        // The worker level leaves out trajectories without a worker, the trend does not: null keys are kept for the years.
        return level switch
        {
            FigureLevel.Organisation => (await Tally.QueryAsync(q, t => t.OrganisationId, ct)).Select(c => ((string?)labels.Of(c.Key), Year(c.Year), c.Tally)).ToList(),
            FigureLevel.Region => (await Tally.QueryAsync(q, t => t.RegionId, ct)).Select(c => ((string?)labels.Of(c.Key), Year(c.Year), c.Tally)).ToList(),
            FigureLevel.Team => (await Tally.QueryAsync(q, t => t.TeamId, ct)).Select(c => ((string?)labels.Of(c.Key), Year(c.Year), c.Tally)).ToList(),
            FigureLevel.Service => (await Tally.QueryAsync(q, labels.ServiceCodeOf(), ct)).Select(c => ((string?)c.Key, Year(c.Year), c.Tally)).ToList(),
            FigureLevel.Worker => (await Tally.QueryAsync(q, t => t.Worker, ct)).Select(c => (c.Key, Year(c.Year), c.Tally)).ToList(),
            _ => (await Tally.QueryAsync(q, t => t.OrganisationId, ct)).Select(c => (Year(c.Year), Year(c.Year), c.Tally)).ToList(),
        };
    }

    private static GroupsAndYears GroupsAndYears(FigureLevel level, GroupLabels labels, List<(string? Group, string? Year, Tally Tally)> cells)
    {
        var groups = SumBy(cells.Where(c => c.Group is not null).Select(c => (c.Group!, c.Tally)));
        foreach (var missing in labels.AlwaysListed.Where(g => !groups.ContainsKey(g)))
        {
            groups[missing] = new Tally();
        }
        var years = SumBy(cells.Where(c => c.Year is not null).Select(c => (c.Year!, c.Tally)));
        return new(FigureLevels.Code(level), [.. groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Value))],
            [.. years.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Value))]);
    }

    /// <summary>The complementary-suppression patterns for an aggregate-only viewer (null minimum: none).</summary>
    public Task<SideBySide?> SideBySideAsync(FigureFilter filter, int? minimum, CancellationToken ct) =>
        FigureAtoms.SideBySideAsync(db, this, filter, minimum, ct);

    /// <summary>Re-referral within 12 months per closing year, for the years given (see <see cref="ReReferrals"/>).</summary>
    public async Task<List<BreadthRow>> ReReferralsAsync(FigureFilter filter, DateOnly today, IEnumerable<string> years, CancellationToken ct) =>
        await ReReferrals.QueryAsync(db, await FilteredAsync(filter, ct), today, years, ct);

    private static Dictionary<string, Tally> SumBy(IEnumerable<(string Group, Tally Tally)> cells)
    {
        var sums = new Dictionary<string, Tally>();
        foreach (var (group, tally) in cells)
        {
            if (!sums.TryGetValue(group, out var sum))
            {
                sums[group] = sum = new Tally();
            }
            sum.Add(tally);
        }
        return sums;
    }

    /// <summary>The trajectories a filter covers (period, service, open/closed, and the viewer's teams, regions or worker).</summary>
    public async Task<IQueryable<Trajectory>> FilteredAsync(FigureFilter f, CancellationToken ct)
    {
        var q = db.Set<Trajectory>().AsNoTracking();
        if (f.From is { } from)
        {
            q = q.Where(t => t.OpenedOn >= from || t.ClosedOn >= from);
        }
        if (f.To is { } to)
        {
            q = f.From is { } start
                ? q.Where(t => (t.OpenedOn >= start && t.OpenedOn <= to) || (t.ClosedOn >= start && t.ClosedOn <= to))
                : q.Where(t => t.OpenedOn <= to);
        }
        if (!string.IsNullOrEmpty(f.Service))
        {
            var serviceIds = await ServiceIdsAsync(f.Service, ct);
            q = q.Where(t => serviceIds.Contains(t.ServiceId));
        }
        q = f.Status switch
        {
            TrajectoryStatus.Open => q.Where(t => t.ClosedOn == null),
            TrajectoryStatus.Closed => q.Where(t => t.ClosedOn != null),
            _ => q,
        };
        if (f.TeamIds is { } teamIds)
        {
            q = q.Where(t => teamIds.Contains(t.TeamId));
        }
        if (f.RegionIds is { } regionIds)
        {
            q = q.Where(t => regionIds.Contains(t.RegionId));
        }
        if (f.Worker is { } worker)
        {
            q = q.Where(t => t.Worker == worker);
        }
        return q;
    }

    internal Task<List<Guid>> ServiceIdsAsync(string code, CancellationToken ct) =>
        db.Services.Where(s => s.Code.ToUpper() == code.ToUpper()).Select(s => s.Id).ToListAsync(ct);

    private async Task<List<(string Group, T Value)>> ByLevelAsync<T>(FigureLevel level, FigureFilter filter,
        GroupedQuery<T> run, Func<T> empty, CancellationToken ct)
    {
        var q = await FilteredAsync(filter, ct);
        var labels = await GroupLabels.LoadAsync(db, level, filter, ct);
        List<(string Group, T Value)> found = level switch
        {
            FigureLevel.Organisation => Label(await run.Run(q, t => t.OrganisationId, ct), labels),
            FigureLevel.Region => Label(await run.Run(q, t => t.RegionId, ct), labels),
            FigureLevel.Team => Label(await run.Run(q, t => t.TeamId, ct), labels),
            FigureLevel.Service => (await run.Run(q, labels.ServiceCodeOf(), ct)).Select(p => (p.Key, p.Value)).ToList(),
            FigureLevel.Worker => (await run.Run(q.Where(t => t.Worker != null), t => t.Worker!, ct)).Select(p => (p.Key, p.Value)).ToList(),
            _ => (await run.Run(q.Where(t => t.ClosingYear != null), t => t.ClosingYear!.Value, ct))
                .Select(p => (p.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Value)).ToList(),
        };
        var missing = labels.AlwaysListed.Except(found.Select(f => f.Group)).Select(g => (g, empty()));
        return [.. found.Concat(missing).OrderBy(g => g.Item1, StringComparer.Ordinal)];
    }

    private static List<(string, T)> Label<T>(List<(Guid Key, T Value)> rows, GroupLabels labels) =>
        rows.Select(r => (labels.Of(r.Key), r.Value)).ToList();

    /// <summary>A grouped query that works for any key type (C# has no generic lambdas).</summary>
    private abstract class GroupedQuery<T>
    {
        public abstract Task<List<(TKey Key, T Value)>> Run<TKey>(IQueryable<Trajectory> q, Expression<Func<Trajectory, TKey>> key, CancellationToken ct)
            where TKey : notnull;
    }

    private sealed class BreadthQuery : GroupedQuery<BreadthCounts>
    {
        public override Task<List<(TKey Key, BreadthCounts Value)>> Run<TKey>(IQueryable<Trajectory> q, Expression<Func<Trajectory, TKey>> key, CancellationToken ct) =>
            FigureSql.BreadthAsync(q, key, ct);
    }

    private sealed class CountsQuery : GroupedQuery<CountsRow>
    {
        public override Task<List<(TKey Key, CountsRow Value)>> Run<TKey>(IQueryable<Trajectory> q, Expression<Func<Trajectory, TKey>> key, CancellationToken ct) =>
            FigureSql.CountsAsync(q, key, ct);
    }

    private sealed class DurationsQuery : GroupedQuery<DurationValues>
    {
        public override async Task<List<(TKey Key, DurationValues Value)>> Run<TKey>(IQueryable<Trajectory> q, Expression<Func<Trajectory, TKey>> key, CancellationToken ct) =>
            (await FigureSql.DurationsAsync(q, key, ct)).Select(p => (p.Key, p.Value)).ToList();
    }
}
