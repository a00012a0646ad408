using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.CaseAudits;
using Zicht.Features.Dashboard;
using Zicht.Features.Feedback;
using Zicht.Features.SafetyScales;
using Zicht.Features.StaffSurvey;

namespace Zicht.Features.Outcomes;

/// <summary>
/// The outcome-table figures read from safety scales, feedback, the staff survey and case audits (see
/// <see cref="OutcomeFigures"/>), for one scope and period. Each follows the disclosure rule of the page
/// that owns the figure; the safety-scale change, which no other page shows per group, gets its own
/// pattern over the scopes.
/// </summary>
internal static class OutcomeSurveyFigures
{
    /// <summary>
    /// Mean change of the safety scale from a perspective's first to its latest score within the period,
    /// over the cases (of the scope's teams) scored at least twice by it. The mean and its n give the sum,
    /// so every scope is weighed in one pattern: a hidden team is not "region minus the teams shown".
    /// </summary>
    public static async Task<FigureReading> ScaleChangeAsync(ZichtDb db, string role, OutcomeQuery q, CancellationToken ct)
    {
        if (!Enum.TryParse<ScorerRole>(role, out var scorer))
        {
            return FigureReading.NotMeasured;
        }
        var teams = q.Tree.All.SelectMany(q.Tree.TeamsOf).Distinct().ToList();
        var (from, to) = (q.Period.From, q.Period.To);
        // Aggregates only: which cases the viewer may open must not change the figure.
        var scores = await db.Set<SafetyScore>().IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.ScorerRole == scorer && teams.Contains(s.Case!.TeamId))
            .Where(s => from == null || s.ScoredOn >= from)
            .Where(s => to == null || s.ScoredOn <= to)
            .Select(s => new { s.CaseId, s.Case!.TeamId, s.ScoredOn, s.RecordedAt, s.Score }).ToListAsync(ct);
        var changes = scores.GroupBy(s => s.CaseId).Where(g => g.Count() >= 2)
            .Select(g => g.OrderBy(s => s.ScoredOn).ThenBy(s => s.RecordedAt).ToList())
            .Select(l => (l[0].TeamId, Change: l[^1].Score - l[0].Score)).ToList();
        var scopes = q.Tree.All.ToList();
        List<int> Of(OutcomeScope s) => [.. changes.Where(c => q.Tree.TeamsOf(s).Contains(c.TeamId)).Select(c => c.Change)];
        var hidden = ScopePattern.Protect(scopes, q.Tree.TeamsOf, s => Of(s).Count is var n && n > 0 && n < q.Minimum, s => Of(s).Count);
        var mine = Of(q.Scope);
        // Hidden first: an empty group the pattern hides must not read "not measured" (that would say zero).
        return hidden[scopes.IndexOf(q.Scope)] ? FigureReading.TooFew
            : mine.Count == 0 ? FigureReading.NotMeasured
            : new(FigureTable.Round(mine.Average()).ToString("+0.0;−0.0;0.0", CultureInfo.CurrentCulture), mine.Count, false);
    }

    /// <summary>
    /// Share answering "agree" (or "yes") to one feedback item, from the feedback report of the scope
    /// over the period's quarters. A team or region is shown only where the report one level up shows
    /// it too (its rows are protected together there: a region minus its teams gives no hidden team).
    /// </summary>
    public static async Task<FigureReading> ShareAsync(FeedbackReports feedback, string argument, OutcomeQuery q, CancellationToken ct)
    {
        var parts = argument.Split(':');
        if (parts.Length != 2)
        {
            return FigureReading.NotMeasured;
        }
        var (level, id) = q.Scope.Level switch
        {
            FigureLevel.Team => (ReportLevel.Team, (Guid?)q.Scope.Id),
            FigureLevel.Region => (ReportLevel.Region, q.Scope.Id),
            _ => (ReportLevel.Organisation, (Guid?)null),
        };
        var report = await feedback.BuildAsync(parts[0], level, id, q.Minimum, q.Period.From, q.Period.To, ct);
        var item = report.Items.FirstOrDefault(i => i.Item.Key == parts[1]);
        if (item is null)
        {
            return FigureReading.NotMeasured;
        }
        if (report.N == 0)
        {
            // "Not measured" only when nobody answered anywhere in the period: an empty team beside a small one would give it away.
            var whole = level == ReportLevel.Organisation ? report : await feedback.BuildAsync(parts[0], ReportLevel.Organisation, null, q.Minimum, q.Period.From, q.Period.To, ct);
            return whole.N == 0 ? FigureReading.NotMeasured : FigureReading.TooFew;
        }
        if (q.Scope.Level != FigureLevel.Organisation)
        {
            var (parentLevel, parentId) = q.Scope.Level == FigureLevel.Team
                ? (ReportLevel.Region, q.Tree.RegionOfTeam.TryGetValue(q.Scope.Id, out var region) ? region : (Guid?)null)
                : (ReportLevel.Organisation, null);
            var parent = await feedback.BuildAsync(parts[0], parentLevel, parentId, q.Minimum, q.Period.From, q.Period.To, ct);
            if (parent.Compare.FirstOrDefault(r => r.Label == q.Scope.Name) is not { N: not null })
            {
                return FigureReading.TooFew;
            }
        }
        return item.Distribution is not { } d ? FigureReading.TooFew
            : new(OutcomeFigures.Percent(100 * OutcomeFigures.Positive(d.Scale.Key).Sum(d.Share)), d.N, false);
    }

    /// <summary>
    /// An item of the latest staff-survey wave opened in the period: share agreeing, or the mean (barometer,
    /// attitude). For a team its team figure, for a region the respondents who said they work there; both
    /// under the staff survey's own pattern (<see cref="StaffDisclosure"/>), which weighs teams and regions together.
    /// </summary>
    public static async Task<FigureReading> StaffAsync(StaffResults staff, ZichtDb db, string family, string key, OutcomeQuery q, CancellationToken ct)
    {
        var from = q.Period.From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var to = q.Period.To?.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc);
        var wave = await db.Set<StaffWave>().AsNoTracking().Where(w => from == null || w.OpenedAt >= from).Where(w => to == null || w.OpenedAt <= to)
            .OrderByDescending(w => w.OpenedAt).Select(w => (Guid?)w.Id).FirstOrDefaultAsync(ct);
        if (wave is null || await staff.LoadAsync(wave.Value, ct) is not { } data || data.Instrument.FindItem(key) is not { } item || data.Responses.Count == 0)
        {
            return FigureReading.NotMeasured;
        }
        var d = q.Scope.Level switch
        {
            FigureLevel.Team => StaffResults.TeamDistribution(data, item, q.Scope.Id, q.Minimum),
            FigureLevel.Region => StaffRegions.Distribution(data, item, q.Scope.Name, q.Minimum),
            _ => StaffResults.ItemDistribution(data, item, q.Minimum),
        };
        if (d is null)
        {
            return StaffRegions.Answered(data, item, q.Scope) ? FigureReading.TooFew : FigureReading.NotMeasured;
        }
        if (d.N == 0)
        {
            return FigureReading.NotMeasured;
        }
        return family == "staff_mean"
            ? new(FigureTable.Shown(d.Mean), d.N, false)
            : new(OutcomeFigures.Percent(100 * OutcomeFigures.Positive("agree5").Sum(d.Share)), d.N, false);
    }

    /// <summary>
    /// Share of audit questions where worker and reviewer scored within one point of each other, over the
    /// audits of the scope's teams started in the period; shown only when every team in it passes the
    /// case-audit rule (so no shown group holds a hidden team).
    /// </summary>
    public static async Task<FigureReading> AuditGapAsync(ZichtDb db, OutcomeQuery q, CancellationToken ct)
    {
        var audits = await new AuditFigures(db).ScoredAsync(q.Period.From, q.Period.To, q.Tree.TeamsOf(q.Scope), ct);
        if (audits.Count == 0)
        {
            return FigureReading.NotMeasured;
        }
        var principles = audits.SelectMany(a => a.Questions.Select(x => x.Principle)).Distinct().Order(StringComparer.Ordinal).ToList();
        var all = AuditAggregates.Build("all", audits, [], principles, 0, 10, q.Minimum).All;
        if (all is null || !all.Shown)
        {
            return FigureReading.TooFew;
        }
        var gaps = all.GapCounts;
        var total = gaps.Sum();
        return total == 0 ? FigureReading.NotMeasured : new(OutcomeFigures.Percent(100.0 * (gaps[2] + gaps[3] + gaps[4]) / total), all.Audits, false);
    }
}
