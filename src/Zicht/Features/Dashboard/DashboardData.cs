using Microsoft.EntityFrameworkCore;
using Zicht.Features.Trajectories;

namespace Zicht.Features.Dashboard;

/// <summary>One case (column) of the team's step × case matrix: the date of each step, blank where it did not happen.</summary>
public sealed record MatrixCase(Guid? CaseId, string CaseRef, string? Worker, DateOnly OpenedOn, DateOnly? ClosedOn, DateOnly?[] Dates);

/// <summary>What the breadth page shows, already suppressed for the viewer.</summary>
public sealed record BreadthView(FigureLevel Level, List<BreadthRow> Breadth, List<BreadthRow> Trend, List<MatrixCase> Matrix, int MatrixTotal);

/// <summary>
/// Loads the dashboard pages' figures; the benchmark times exactly these. Breadth, durations and core
/// data are separate pages: durations stream every date of the selection, which a breadth page should
/// not wait for.
/// </summary>
public sealed class DashboardData(FigureQueries queries, TimeProvider clock)
{
    /// <summary>A matrix wider than this is not readable; the page says how many more there are.</summary>
    public const int MatrixLimit = 300;

    public async Task<BreadthView> BreadthAsync(FigureLevel level, FigureFilter filter, bool withMatrix, int? minimumGroupSize, CancellationToken ct)
    {
        var tally = await queries.TallyAsync(level, filter, ct);
        var sides = await queries.SideBySideAsync(filter, minimumGroupSize, ct);
        var breadth = sides.Apply(Suppression.Apply(tally.Breadth, minimumGroupSize), filter);
        var trend = sides.Apply(Suppression.Apply(tally.BreadthTrend, minimumGroupSize), filter);
        List<MatrixCase> matrix = [];
        var total = 0;
        if (withMatrix)
        {
            var q = await queries.FilteredAsync(filter, ct);
            total = await q.CountAsync(ct);
            var rows = await q.OrderByDescending(t => t.OpenedOn).ThenBy(t => t.CaseRef).Take(MatrixLimit).ToListAsync(ct);
            matrix = rows.Select(t => new MatrixCase(t.CaseId, t.CaseRef, t.Worker, t.OpenedOn, t.ClosedOn,
                TrajectorySteps.Dated.Select(s => s.Get(t)).ToArray())).ToList();
        }
        return new BreadthView(level, breadth, trend, matrix, total);
    }

    public async Task<List<DurationRow>> DurationsAsync(FigureLevel level, FigureFilter filter, int? minimumGroupSize, CancellationToken ct)
    {
        var rows = Suppression.Apply(await queries.DurationsAsync(level, filter, ct), minimumGroupSize);
        return (await queries.SideBySideAsync(filter, minimumGroupSize, ct)).Apply(rows, filter);
    }

    /// <summary>
    /// Core data: counts per group and per closing-year cohort, with the plan-b and placement shares and
    /// re-referral within 12 months (<see cref="ReReferrals"/>) per cohort.
    /// </summary>
    public async Task<(List<CountsRow> Counts, List<CountsRow> Cohorts, List<BreadthRow> Shares)> CoreDataAsync(
        FigureLevel level, FigureFilter filter, int? minimumGroupSize, CancellationToken ct)
    {
        var tally = await queries.TallyAsync(level, filter, ct);
        var sides = await queries.SideBySideAsync(filter, minimumGroupSize, ct);
        var counts = sides.Apply(Suppression.Apply(tally.Counts, minimumGroupSize), filter);
        var cohorts = sides.Apply(Suppression.Apply(tally.CountsTrend, minimumGroupSize), filter);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var reReferrals = await queries.ReReferralsAsync(filter, today, tally.Years.Select(y => y.Year), ct);
        var shares = sides.Apply(Suppression.Apply(tally.BreadthTrend.Where(r => CoreShares.Contains(r.Indicator)).Concat(reReferrals), minimumGroupSize), filter);
        return (counts, cohorts, shares);
    }

    public static readonly string[] CoreShares = ["started_in_plan_b", "plan_b_in_effect", "plan_b_network", "plan_b_residential", "placement", "placement_in_network"];

    /// <summary>The rows of the core-data shares table, in order: the breadth shares, then re-referral.</summary>
    public static readonly string[] CoreShareRows = [.. CoreShares, ReReferrals.Indicator];
}
