using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Trajectories;

namespace Zicht.Features.Dashboard;

/// <summary>
/// Re-referral within 12 months of closure, per closing-year cohort (a share on the core-data page,
/// not part of the exchange format or counts.csv). Only Zicht's own cases can be followed: imported
/// trajectories carry no re-referral, so they are left out rather than counted as "not re-referred".
/// Denominator: closed trajectories of a Zicht case whose closure is at least 365 days before today,
/// so the whole window could be observed. Numerator: those a later case reopens
/// (<see cref="Kernel.Case.ReopensCaseId"/>) with its referral date 0 to 365 days after closed_on,
/// whether or not that later case has been closed since.
/// </summary>
public static class ReReferrals
{
    public const string Indicator = "re_referral_12_months";
    public const int WindowDays = 365;

    public static bool Observed(DateOnly closedOn, DateOnly today) => today.DayNumber - closedOn.DayNumber >= WindowDays;

    public static bool Within(DateOnly closedOn, DateOnly reopenedOn) => reopenedOn.DayNumber - closedOn.DayNumber is >= 0 and <= WindowDays;

    /// <summary>One closed trajectory as the definition sees it; <paramref name="ReopenedOn"/> are the referral dates of cases reopening it.</summary>
    public sealed record Closure(DateOnly ClosedOn, bool InZicht, IReadOnlyList<DateOnly> ReopenedOn);

    /// <summary>The definition over rows in memory: the reference the query is tested against. One row per year asked for.</summary>
    public static List<BreadthRow> Of(IEnumerable<Closure> closures, DateOnly today, IEnumerable<string> years)
    {
        var counted = closures.Where(c => c.InZicht && Observed(c.ClosedOn, today))
            .Select(c => (Year: c.ClosedOn.Year, ReReferred: c.ReopenedOn.Any(r => Within(c.ClosedOn, r))));
        return Rows(counted, years);
    }

    /// <summary>The same over the database, for the trajectories a filter selected.</summary>
    public static async Task<List<BreadthRow>> QueryAsync(ZichtDb db, IQueryable<Trajectory> filtered, DateOnly today, IEnumerable<string> years, CancellationToken ct) =>
        Rows((await FollowedAsync(db, filtered, today, ct)).Select(f => (f.Year, f.ReReferred)), years);

    /// <summary>One closed trajectory the definition counts: its team, closing year and whether it was re-referred.</summary>
    public sealed record Followed(Guid TeamId, int Year, bool ReReferred);

    /// <summary>The counted trajectories one by one, for figures that group them otherwise than by closing year.</summary>
    public static async Task<List<Followed>> FollowedAsync(ZichtDb db, IQueryable<Trajectory> filtered, DateOnly today, CancellationToken ct)
    {
        var cutoff = today.AddDays(-WindowDays);
        // Aggregates only: the case filter (which cases this viewer may open) must not change a figure.
        var rows = await filtered.IgnoreQueryFilters()
            .Where(t => t.CaseId != null && t.ClosedOn != null && t.ClosedOn <= cutoff)
            .Select(t => new
            {
                t.TeamId,
                Year = t.ClosingYear!.Value,
                ReReferred = db.Cases.Any(c => c.ReopensCaseId == t.CaseId
                    && c.ReferralDate >= t.ClosedOn!.Value && c.ReferralDate <= t.ClosedOn!.Value.AddDays(WindowDays)),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => new Followed(r.TeamId, r.Year, r.ReReferred))];
    }

    private static List<BreadthRow> Rows(IEnumerable<(int Year, bool ReReferred)> counted, IEnumerable<string> years)
    {
        var byYear = counted.GroupBy(c => c.Year.ToString(CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => (Denominator: g.Count(), Numerator: g.Count(c => c.ReReferred)));
        return years.Select(y => byYear.TryGetValue(y, out var n)
            ? new BreadthRow("closing_year", y, Indicator, n.Denominator, n.Numerator, false)
            : new BreadthRow("closing_year", y, Indicator, 0, 0, false)).ToList();
    }
}
