using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Dashboard;

namespace Zicht.Features.Outcomes;

/// <summary>
/// The outcome-table figures read from the trajectories: the dashboards' own rows for the scope's level
/// and the period, so they carry the dashboards' suppression pattern (<see cref="SideBySide"/>) and a
/// figure here is never shown where the dashboards hide it. Re-referral, which has no dashboard row per
/// group, gets its own pattern over the scopes (<see cref="ScopePattern"/>). Kept per request: one
/// table reads many indicators from the same rows.
/// </summary>
public sealed class OutcomeTrajectoryFigures(ZichtDb db, DashboardData dashboard, SurvivalQueries survival, FigureQueries figures)
{
    private readonly Dictionary<string, object> _cache = [];

    private async Task<T> CachedAsync<T>(string key, Func<Task<T>> load) where T : notnull =>
        _cache.TryGetValue(key, out var known) ? (T)known : (T)(_cache[key] = await load());

    /// <summary>The scope's row label at its dashboard level (team labels there tell same-named teams apart their own way).</summary>
    private Task<string> LabelAsync(OutcomeQuery q, CancellationToken ct) => CachedAsync($"label:{q.Scope.Code}",
        async () => (await GroupLabels.LoadAsync(db, q.Scope.Level, q.Period, ct)).Of(q.Scope.Id));

    /// <summary>
    /// Does the period hold any trajectory of the tree? The dashboards hide a group of nobody like a small
    /// one (saying "zero" could give a neighbour away), so "not measured" is said only when every group is
    /// empty; otherwise an empty group reads "too few to show", like a small one.
    /// </summary>
    private async Task<bool> EmptyAsync(OutcomeQuery q, CancellationToken ct) => await CachedAsync("empty", async () =>
    {
        var teams = q.Tree.All.SelectMany(q.Tree.TeamsOf).Distinct().ToList();
        return !await (await figures.FilteredAsync(q.Period with { TeamIds = teams }, ct)).AnyAsync(ct);
    });

    public async Task<FigureReading> BreadthAsync(string indicator, OutcomeQuery q, CancellationToken ct)
    {
        if (await EmptyAsync(q, ct))
        {
            return FigureReading.NotMeasured;
        }
        var view = await CachedAsync($"breadth:{q.Scope.Level}", () => dashboard.BreadthAsync(q.Scope.Level, q.Period, false, q.Minimum, ct));
        var label = await LabelAsync(q, ct);
        var row = view.Breadth.FirstOrDefault(r => r.Group == label && r.Indicator == indicator);
        return row is null || row.Denominator == 0 && !row.Suppressed ? FigureReading.NotMeasured
            : row.Suppressed ? FigureReading.TooFew : new(OutcomeFigures.Percent(row.Percent), row.Denominator, false);
    }

    public async Task<FigureReading> SurvivalAsync(string family, string indicator, OutcomeQuery q, CancellationToken ct)
    {
        if (!SurvivalDefinition.IsIndicator(indicator) || await EmptyAsync(q, ct))
        {
            return FigureReading.NotMeasured;
        }
        var rows = await CachedAsync($"survival:{q.Scope.Level}:{indicator}", async () =>
        {
            var all = await survival.RowsAsync(FigureLevels.Code(q.Scope.Level), indicator, q.Period, q.Today, ct);
            var sides = await figures.SideBySideAsync(q.Period, q.Minimum, ct);
            return SurvivalDisclosure.Apply(all, q.Minimum, sides, q.Period);
        });
        var label = await LabelAsync(q, ct);
        var row = rows.FirstOrDefault(r => r.Group == label);
        var value = family == "cif_12m" ? row?.Cif12Percent : row?.MedianMonths;
        return row is null || row.N == 0 && !row.Suppressed ? FigureReading.NotMeasured
            : row.Suppressed ? FigureReading.TooFew
            : value is null ? FigureReading.NotMeasured
            : new(family == "cif_12m" ? OutcomeFigures.Percent(value) : FigureTable.Shown(value), row.N, false);
    }

    public async Task<FigureReading> MeanAsync(string what, OutcomeQuery q, CancellationToken ct)
    {
        if (await EmptyAsync(q, ct))
        {
            return FigureReading.NotMeasured;
        }
        var (counts, _, _) = await CachedAsync($"core:{q.Scope.Level}", () => dashboard.CoreDataAsync(q.Scope.Level, q.Period, q.Minimum, ct));
        var label = await LabelAsync(q, ct);
        var row = counts.FirstOrDefault(r => r.Group == label);
        var value = what == "network_members" ? row?.MeanNetworkMembers : row?.MeanNetworkMeetings;
        return row is null ? FigureReading.NotMeasured : row.Suppressed ? FigureReading.TooFew
            : value is null ? FigureReading.NotMeasured : new(FigureTable.Shown(value), row.Trajectories, false);
    }

    /// <summary>
    /// Re-referral within 12 months over the scope's closed, observed trajectories (<see cref="ReReferrals"/>).
    /// One pattern over the organisation, its regions and teams and the organisation's closing years (the
    /// core-data page shows re-referral per closing year): atoms are team × closing year.
    /// </summary>
    public async Task<FigureReading> ReReferralAsync(OutcomeQuery q, CancellationToken ct)
    {
        var (cells, shown) = await CachedAsync("re_referral", async () =>
        {
            var teams = q.Tree.All.SelectMany(q.Tree.TeamsOf).Distinct().ToList();
            var filtered = await figures.FilteredAsync(q.Period with { TeamIds = teams }, ct);
            var followed = await ReReferrals.FollowedAsync(db, filtered, q.Today, ct);
            var byAtom = followed.GroupBy(f => (f.TeamId, f.Year)).ToDictionary(g => g.Key, g => (N: g.Count(), K: g.Count(f => f.ReReferred)));
            var scopes = q.Tree.All.Select(s => (Code: s.Code, Atoms: byAtom.Keys.Where(a => q.Tree.TeamsOf(s).Contains(a.TeamId)).ToList()))
                .Concat(byAtom.Keys.Where(a => q.Tree.TeamsOf(q.Tree.Organisation).Contains(a.TeamId)).GroupBy(a => a.Year)
                    .Select(y => (Code: $"year-{y.Key}", Atoms: y.ToList())))
                .ToList();
            (int N, int K) Sum(IEnumerable<(Guid, int)> atoms) => (atoms.Sum(a => byAtom[a].N), atoms.Sum(a => byAtom[a].K));
            var hidden = ScopePattern.Protect(scopes, s => s.Atoms, s => Sum(s.Atoms) is var t && ScopePattern.Sensitive(t.K, t.N, q.Minimum),
                s => Sum(s.Atoms).N);
            return (scopes.ToDictionary(s => s.Code, s => Sum(s.Atoms)), scopes.Select((s, i) => (s.Code, i)).ToDictionary(x => x.Code, x => !hidden[x.i]));
        });
        var (n, k) = cells.GetValueOrDefault(q.Scope.Code);
        // Hidden first: an empty group the pattern hides must not read "not measured" (that would say zero).
        return !shown.GetValueOrDefault(q.Scope.Code, true) ? FigureReading.TooFew
            : n == 0 ? FigureReading.NotMeasured
            : new(OutcomeFigures.Percent(100.0 * k / n), n, false);
    }
}
