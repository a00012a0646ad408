using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Zicht.Features.Trajectories;

namespace Zicht.Features.Dashboard;

/// <summary>
/// Everything the breadth and core-data pages count for one cell (a group, or a group in one closing
/// year). Every field is a count or a sum, so cells add up exactly: one GROUP BY (group, closing year)
/// serves both the figures per group and the closing-year trend (docs/decisions/033-one-scan-per-page.md).
/// </summary>
public sealed class Tally
{
    public BreadthCounts Breadth { get; init; } = new();
    public long MembersSum { get; set; }
    public int MembersKnown { get; set; }
    public long MeetingsSum { get; set; }
    public int MeetingsKnown { get; set; }
    public int CrisisBefore { get; set; }
    public int CrisisAfter { get; set; }

    public void Add(Tally other)
    {
        Breadth.Add(other.Breadth);
        MembersSum += other.MembersSum;
        MembersKnown += other.MembersKnown;
        MeetingsSum += other.MeetingsSum;
        MeetingsKnown += other.MeetingsKnown;
        CrisisBefore += other.CrisisBefore;
        CrisisAfter += other.CrisisAfter;
    }

    /// <summary>
    /// Adds one trajectory by the definitions of the GROUP BY in <see cref="QueryAsync{TKey}"/> (the stored
    /// figure cells are built with this; CountCellTests hold both equal on either database).
    /// </summary>
    public void Add(DateOnly? closedOn, ReadOnlySpan<DateOnly?> dated, bool? startedInPlanB, PlanB? planB, Placement? placement,
        int? members, int? meetings, int? crisisBefore, int? crisisAfter)
    {
        var b = Breadth;
        b.Trajectories++;
        for (var i = 0; i < dated.Length; i++)
        {
            b.Dated[i] += dated[i] is null ? 0 : 1;
        }
        b.StartedInPlanB += startedInPlanB == true ? 1 : 0;
        if (closedOn is not null)
        {
            b.Closed++;
            b.PlanBNetwork += planB == PlanB.Network ? 1 : 0;
            b.PlanBResidential += planB == PlanB.Residential ? 1 : 0;
        }
        b.Placements += placement is { } p && p != Placement.None ? 1 : 0;
        b.PlacementsInNetwork += placement is Placement.FamilyNetwork or Placement.SocialNetwork ? 1 : 0;
        MembersSum += members ?? 0;
        MembersKnown += members is null ? 0 : 1;
        MeetingsSum += meetings ?? 0;
        MeetingsKnown += meetings is null ? 0 : 1;
        CrisisBefore += crisisBefore ?? 0;
        CrisisAfter += crisisAfter ?? 0;
    }

    /// <summary>Every count and sum, in a fixed order (the stored cell's packing, <see cref="CountCellCodec"/>).</summary>
    internal long[] ToNumbers() =>
    [
        Breadth.Trajectories, Breadth.Closed, Breadth.StartedInPlanB, Breadth.PlanBNetwork, Breadth.PlanBResidential,
        Breadth.Placements, Breadth.PlacementsInNetwork, MembersSum, MembersKnown, MeetingsSum, MeetingsKnown,
        CrisisBefore, CrisisAfter, .. Breadth.Dated.Select(d => (long)d),
    ];

    private const int Fixed = 13;

    /// <summary>Adds counts in the order of <see cref="ToNumbers"/>.</summary>
    internal void AddNumbers(ReadOnlySpan<long> n)
    {
        Check(n);
        var b = Breadth;
        b.Trajectories += (int)n[0];
        b.Closed += (int)n[1];
        b.StartedInPlanB += (int)n[2];
        b.PlanBNetwork += (int)n[3];
        b.PlanBResidential += (int)n[4];
        b.Placements += (int)n[5];
        b.PlacementsInNetwork += (int)n[6];
        MembersSum += n[7];
        MembersKnown += (int)n[8];
        MeetingsSum += n[9];
        MeetingsKnown += (int)n[10];
        CrisisBefore += (int)n[11];
        CrisisAfter += (int)n[12];
        for (var i = 0; i < b.Dated.Length; i++)
        {
            b.Dated[i] += (int)n[Fixed + i];
        }
    }

    private static void Check(ReadOnlySpan<long> n)
    {
        if (n.Length != Fixed + TrajectorySteps.Dated.Count)
        {
            throw new InvalidDataException("A count cell holds another number of figures: it was packed for other indicators.");
        }
    }

    internal static Tally FromNumbers(ReadOnlySpan<long> n)
    {
        Check(n);
        var dated = new int[TrajectorySteps.Dated.Count];
        for (var i = 0; i < dated.Length; i++)
        {
            dated[i] = (int)n[Fixed + i];
        }
        return new Tally
        {
            Breadth = new BreadthCounts
            {
                Trajectories = (int)n[0],
                Closed = (int)n[1],
                StartedInPlanB = (int)n[2],
                PlanBNetwork = (int)n[3],
                PlanBResidential = (int)n[4],
                Placements = (int)n[5],
                PlacementsInNetwork = (int)n[6],
                Dated = dated,
            },
            MembersSum = n[7],
            MembersKnown = (int)n[8],
            MeetingsSum = n[9],
            MeetingsKnown = (int)n[10],
            CrisisBefore = (int)n[11],
            CrisisAfter = (int)n[12],
        };
    }

    /// <summary>The counts.csv line: a mean over the known values is their sum over their count (as <see cref="CountsRow.Of"/>).</summary>
    public CountsRow ToCounts(string level, string group) => new(level, group, Breadth.Trajectories, Breadth.Closed,
        MembersKnown == 0 ? null : (double)MembersSum / MembersKnown, MeetingsKnown == 0 ? null : (double)MeetingsSum / MeetingsKnown,
        CrisisBefore, CrisisAfter, false);

    /// <summary>One GROUP BY (key, year of closed_on) with every conditional count; the year is null for open trajectories.</summary>
    internal static async Task<List<(TKey Key, int? Year, Tally Tally)>> QueryAsync<TKey>(IQueryable<Trajectory> q,
        Expression<Func<Trajectory, TKey>> key, CancellationToken ct)
    {
        var rows = await q.GroupBy(WithYear(key, (t, k) => new { Key = k, Year = t.ClosingYear }))
            .SelectExpanded(g => new
            {
                g.Key.Key,
                g.Key.Year,
                N = g.Count(),
                Closed = g.Count(t => t.ClosedOn != null),
                Dated = StepQueries.DatedCounts(g),
                StartedInPlanB = g.Count(t => t.StartedInPlanB == true),
                PlanBNetwork = g.Count(t => t.ClosedOn != null && t.PlanB == PlanB.Network),
                PlanBResidential = g.Count(t => t.ClosedOn != null && t.PlanB == PlanB.Residential),
                Placements = g.Count(t => t.Placement != null && t.Placement != Placement.None),
                InNetwork = g.Count(t => t.Placement == Placement.FamilyNetwork || t.Placement == Placement.SocialNetwork),
                MembersSum = g.Sum(t => (long?)t.NetworkMembers) ?? 0,
                MembersKnown = g.Count(t => t.NetworkMembers != null),
                MeetingsSum = g.Sum(t => (long?)t.NetworkMeetings) ?? 0,
                MeetingsKnown = g.Count(t => t.NetworkMeetings != null),
                CrisisBefore = g.Sum(t => t.CrisisBefore ?? 0),
                CrisisAfter = g.Sum(t => t.CrisisAfter ?? 0),
            }).ToListAsync(ct);
        return rows.Select(r => (r.Key, r.Year, new Tally
        {
            Breadth = new BreadthCounts
            {
                Trajectories = r.N,
                Closed = r.Closed,
                Dated = r.Dated,
                StartedInPlanB = r.StartedInPlanB,
                PlanBNetwork = r.PlanBNetwork,
                PlanBResidential = r.PlanBResidential,
                Placements = r.Placements,
                PlacementsInNetwork = r.InNetwork,
            },
            MembersSum = r.MembersSum,
            MembersKnown = r.MembersKnown,
            MeetingsSum = r.MeetingsSum,
            MeetingsKnown = r.MeetingsKnown,
            CrisisBefore = r.CrisisBefore,
            CrisisAfter = r.CrisisAfter,
        })).ToList();
    }

    /// <summary>Splices the level's key into the (key, year) grouping, so one query serves every level.</summary>
    private static Expression<Func<Trajectory, TOut>> WithYear<TKey, TOut>(Expression<Func<Trajectory, TKey>> key,
        Expression<Func<Trajectory, TKey, TOut>> shape)
    {
        var keyBody = ReplacingExpressionVisitor.Replace(key.Parameters[0], shape.Parameters[0], key.Body);
        var body = ReplacingExpressionVisitor.Replace(shape.Parameters[1], keyBody, shape.Body);
        return Expression.Lambda<Func<Trajectory, TOut>>(body, shape.Parameters[0]);
    }
}

/// <summary>Tallies per group (with the groups listed even when empty) and per closing year, both in ordinal order.</summary>
public sealed record GroupsAndYears(string Level, List<(string Group, Tally Tally)> Groups, List<(string Year, Tally Tally)> Years)
{
    public IEnumerable<BreadthRow> Breadth => Groups.SelectMany(g => g.Tally.Breadth.ToRows(Level, g.Group));
    public IEnumerable<BreadthRow> BreadthTrend => Years.SelectMany(y => y.Tally.Breadth.ToRows("closing_year", y.Year));
    public IEnumerable<CountsRow> Counts => Groups.Select(g => g.Tally.ToCounts(Level, g.Group));
    public IEnumerable<CountsRow> CountsTrend => Years.Select(y => y.Tally.ToCounts("closing_year", y.Year));
}
