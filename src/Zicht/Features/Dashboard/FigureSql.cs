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
        var rows = await q.GroupBy(key).Select(g => new
        {
            g.Key,
            N = g.Count(),
            Closed = g.Count(t => t.ClosedOn != null),
            S01 = g.Count(t => t.Step01InternalMapping != null),
            S02 = g.Count(t => t.Step02MappingConversations != null),
            S03 = g.Count(t => t.Step03InformedNetworkStarted != null),
            S04 = g.Count(t => t.Step04ChildrenInvolved != null),
            S05 = g.Count(t => t.Step05WordsAndPictures != null),
            S06 = g.Count(t => t.Step06TimelineShared != null),
            S07 = g.Count(t => t.Step07DangerStatementsGoals != null),
            S08 = g.Count(t => t.Step08StrengthsSafety != null),
            S09 = g.Count(t => t.Step09SafetyGoalDiscussed != null),
            S10 = g.Count(t => t.Step10InitialSafetyPlan != null),
            S11 = g.Count(t => t.Step11SafetyPlanMonitoring != null),
            S12 = g.Count(t => t.Step12NetworkMeeting != null),
            S13 = g.Count(t => t.Step13FinalSafetyPlan != null),
            Adult = g.Count(t => t.AdultSafetyPlanOn != null),
            Child = g.Count(t => t.ChildSafetyPlanOn != null),
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
            Dated = [r.S01, r.S02, r.S03, r.S04, r.S05, r.S06, r.S07, r.S08, r.S09, r.S10, r.S11, r.S12, r.S13, r.Adult, r.Child],
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
        var dated = new DateOnly?[TrajectorySteps.Dated.Count];
        await foreach (var r in q.Select(WithKey(key)).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!groups.TryGetValue(r.Key, out var values))
            {
                groups[r.Key] = values = new DurationValues();
            }
            (dated[0], dated[1], dated[2], dated[3], dated[4], dated[5], dated[6]) = (r.S01, r.S02, r.S03, r.S04, r.S05, r.S06, r.S07);
            (dated[7], dated[8], dated[9], dated[10], dated[11], dated[12]) = (r.S08, r.S09, r.S10, r.S11, r.S12, r.S13);
            (dated[13], dated[14]) = (r.Adult, r.Child);
            values.Add(r.OpenedOn, dated, r.ClosedOn);
        }
        return groups;
    }

    internal sealed record DatesOf<TKey>(TKey Key, DateOnly OpenedOn, DateOnly? ClosedOn,
        DateOnly? S01, DateOnly? S02, DateOnly? S03, DateOnly? S04, DateOnly? S05, DateOnly? S06, DateOnly? S07,
        DateOnly? S08, DateOnly? S09, DateOnly? S10, DateOnly? S11, DateOnly? S12, DateOnly? S13, DateOnly? Adult, DateOnly? Child);

    /// <summary>The date projection with the grouping key spliced in, so one query serves every level.</summary>
    private static Expression<Func<Trajectory, DatesOf<TKey>>> WithKey<TKey>(Expression<Func<Trajectory, TKey>> key)
    {
        Expression<Func<Trajectory, TKey, DatesOf<TKey>>> shape = (t, k) => new DatesOf<TKey>(k, t.OpenedOn, t.ClosedOn,
            t.Step01InternalMapping, t.Step02MappingConversations, t.Step03InformedNetworkStarted, t.Step04ChildrenInvolved,
            t.Step05WordsAndPictures, t.Step06TimelineShared, t.Step07DangerStatementsGoals, t.Step08StrengthsSafety,
            t.Step09SafetyGoalDiscussed, t.Step10InitialSafetyPlan, t.Step11SafetyPlanMonitoring, t.Step12NetworkMeeting,
            t.Step13FinalSafetyPlan, t.AdultSafetyPlanOn, t.ChildSafetyPlanOn);
        var keyBody = ReplacingExpressionVisitor.Replace(key.Parameters[0], shape.Parameters[0], key.Body);
        var body = ReplacingExpressionVisitor.Replace(shape.Parameters[1], keyBody, shape.Body);
        return Expression.Lambda<Func<Trajectory, DatesOf<TKey>>>(body, shape.Parameters[0]);
    }
}
