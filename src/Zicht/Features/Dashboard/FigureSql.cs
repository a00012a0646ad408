using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Zicht.Features.Trajectories;

namespace Zicht.Features.Dashboard;

/// <summary>
/// The database side of the figures, generic over the grouping key. Breadth and counts are one GROUP BY
/// with conditional counts each, so the database does the work; durations need medians, which neither
/// SQLite nor EF can express portably, so only the dates are streamed (no entities, no tracking) and
/// reduced in <see cref="DurationValues"/>.
/// </summary>
internal static class FigureSql
{
    public static async Task<List<(TKey Key, BreadthCounts Counts)>> BreadthAsync<TKey>(IQueryable<Trajectory> q, Expression<Func<Trajectory, TKey>> key, CancellationToken ct)
    {
        var rows = await q.GroupBy(key).SelectExpanded(g => new
        {
            g.Key,
            N = g.Count(),
            Closed = g.Count(t => t.ClosedOn != null),
            Dated = StepQueries.DatedCounts(g),
            StartedInPlanB = g.Count(t => t.StartedInPlanB == true),
            PlanBNetwork = g.Count(t => t.ClosedOn != null && t.PlanB == PlanB.Network),
            PlanBResidential = g.Count(t => t.ClosedOn != null && t.PlanB == PlanB.Residential),
            Placements = g.Count(t => t.Placement != null && t.Placement != Placement.None),
            InNetwork = g.Count(t => t.Placement == Placement.FamilyNetwork || t.Placement == Placement.SocialNetwork),
        }).ToListAsync(ct);
        return rows.Select(r => (r.Key, new BreadthCounts
        {
            Trajectories = r.N,
            Closed = r.Closed,
            Dated = r.Dated,
            StartedInPlanB = r.StartedInPlanB,
            PlanBNetwork = r.PlanBNetwork,
            PlanBResidential = r.PlanBResidential,
            Placements = r.Placements,
            PlacementsInNetwork = r.InNetwork,
        })).ToList();
    }

    public static async Task<List<(TKey Key, CountsRow Row)>> CountsAsync<TKey>(IQueryable<Trajectory> q, Expression<Func<Trajectory, TKey>> key, CancellationToken ct)
    {
        var rows = await q.GroupBy(key).Select(g => new
        {
            g.Key,
            N = g.Count(),
            Closed = g.Count(t => t.ClosedOn != null),
            Members = g.Average(t => (double?)t.NetworkMembers),
            Meetings = g.Average(t => (double?)t.NetworkMeetings),
            CrisisBefore = g.Sum(t => t.CrisisBefore ?? 0),
            CrisisAfter = g.Sum(t => t.CrisisAfter ?? 0),
        }).ToListAsync(ct);
        return rows.Select(r => (r.Key, new CountsRow("", "", r.N, r.Closed, r.Members, r.Meetings, r.CrisisBefore, r.CrisisAfter, false))).ToList();
    }

    public static async Task<Dictionary<TKey, DurationValues>> DurationsAsync<TKey>(IQueryable<Trajectory> q, Expression<Func<Trajectory, TKey>> key, CancellationToken ct)
        where TKey : notnull
    {
        var groups = new Dictionary<TKey, DurationValues>();
        await foreach (var r in q.Select(WithKey(key)).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!groups.TryGetValue(r.Key, out var values))
            {
                groups[r.Key] = values = new DurationValues();
            }
            values.Add(r.OpenedOn, r.Dates, r.ClosedOn);
        }
        return groups;
    }

    /// <summary>One trajectory's group, start, end and dated indicators (<see cref="TrajectorySteps.Dated"/> order).</summary>
    internal sealed record DatesOf<TKey>(TKey Key, DateOnly OpenedOn, DateOnly? ClosedOn, DateOnly?[] Dates);

    /// <summary>The date projection with the grouping key spliced in, so one query serves every level.</summary>
    private static Expression<Func<Trajectory, DatesOf<TKey>>> WithKey<TKey>(Expression<Func<Trajectory, TKey>> key)
    {
        Expression<Func<Trajectory, TKey, DatesOf<TKey>>> shape = (t, k) => new DatesOf<TKey>(k, t.OpenedOn, t.ClosedOn, StepQueries.Dates(t));
        shape = StepQueries.Expand(shape);
        var keyBody = ReplacingExpressionVisitor.Replace(key.Parameters[0], shape.Parameters[0], key.Body);
        var body = ReplacingExpressionVisitor.Replace(shape.Parameters[1], keyBody, shape.Body);
        return Expression.Lambda<Func<Trajectory, DatesOf<TKey>>>(body, shape.Parameters[0]);
    }
}
