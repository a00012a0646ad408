using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.CaseAudits;
using Zicht.Features.Dashboard;
using Zicht.Features.Feedback;
using Zicht.Features.SafetyScales;
using Zicht.Features.StaffSurvey;

namespace Zicht.Features.Outcomes;

/// <summary>The outcome-table figures read from feedback, the staff survey, safety scales and case audits (see <see cref="OutcomeFigures"/>).</summary>
internal static class OutcomeSurveyFigures
{
    /// <summary>Mean change of the safety scale from a perspective's first to its latest score, over the organisation's cases scored at least twice by it.</summary>
    public static async Task<FigureReading> ScaleChangeAsync(ZichtDb db, string role, Guid organisationId, int minimum, CancellationToken ct)
    {
        if (!Enum.TryParse<ScorerRole>(role, out var scorer))
        {
            return FigureReading.NotMeasured;
        }
        // Aggregates only: which cases the viewer may open must not change the figure.
        var scores = await db.Set<SafetyScore>().IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.ScorerRole == scorer && s.Case!.OrganisationId == organisationId)
            .Select(s => new { s.CaseId, s.ScoredOn, s.RecordedAt, s.Score }).ToListAsync(ct);
        var changes = scores.GroupBy(s => s.CaseId).Where(g => g.Count() >= 2)
            .Select(g => g.OrderBy(s => s.ScoredOn).ThenBy(s => s.RecordedAt).ToList())
            .Select(l => l[^1].Score - l[0].Score).ToList();
        return changes.Count == 0 ? FigureReading.NotMeasured
            : changes.Count < minimum ? FigureReading.TooFew
            : new(FigureTable.Round(changes.Average()).ToString("+0.0;−0.0;0.0", CultureInfo.CurrentCulture), changes.Count, false);
    }

    /// <summary>Share answering "agree" (or "yes") to one feedback item, from the organisation's feedback report.</summary>
    public static async Task<FigureReading> ShareAsync(FeedbackReports feedback, string argument, int minimum, CancellationToken ct)
    {
        var parts = argument.Split(':');
        if (parts.Length != 2)
        {
            return FigureReading.NotMeasured;
        }
        var report = await feedback.BuildAsync(parts[0], ReportLevel.Organisation, null, minimum, ct);
        var item = report.Items.FirstOrDefault(i => i.Item.Key == parts[1]);
        if (report.N == 0 || item is null)
        {
            return FigureReading.NotMeasured;
        }
        return item.Distribution is not { } d ? FigureReading.TooFew
            : new(OutcomeFigures.Percent(100 * OutcomeFigures.Positive(d.Scale.Key).Sum(d.Share)), d.N, false);
    }

    /// <summary>An item of the latest staff-survey wave: share agreeing, or the mean (barometer, attitude).</summary>
    public static async Task<FigureReading> StaffAsync(StaffResults staff, ZichtDb db, string family, string key, int minimum, CancellationToken ct)
    {
        var wave = await db.Set<StaffWave>().AsNoTracking().OrderByDescending(w => w.OpenedAt).Select(w => (Guid?)w.Id).FirstOrDefaultAsync(ct);
        if (wave is null || await staff.LoadAsync(wave.Value, ct) is not { } data || data.Instrument.FindItem(key) is not { } item)
        {
            return FigureReading.NotMeasured;
        }
        if (data.Responses.Count == 0)
        {
            return FigureReading.NotMeasured;
        }
        if (StaffResults.ItemDistribution(data, item, minimum) is not { } d)
        {
            return FigureReading.TooFew;
        }
        return family == "staff_mean"
            ? new(FigureTable.Shown(d.Mean), d.N, false)
            : new(OutcomeFigures.Percent(100 * OutcomeFigures.Positive("agree5").Sum(d.Share)), d.N, false);
    }

    /// <summary>Share of audit questions where worker and reviewer scored within one point of each other (the case-audit gap).</summary>
    public static async Task<FigureReading> AuditGapAsync(ZichtDb db, int minimum, CancellationToken ct)
    {
        var audits = await new AuditFigures(db).ScoredAsync(null, null, null, ct);
        if (audits.Count == 0)
        {
            return FigureReading.NotMeasured;
        }
        var principles = audits.SelectMany(a => a.Questions.Select(q => q.Principle)).Distinct().Order(StringComparer.Ordinal).ToList();
        var all = AuditAggregates.Build("all", audits, [], principles, 0, 10, minimum).All;
        if (all is null || !all.Shown)
        {
            return FigureReading.TooFew;
        }
        var gaps = all.GapCounts;
        var total = gaps.Sum();
        return total == 0 ? FigureReading.NotMeasured : new(OutcomeFigures.Percent(100.0 * (gaps[2] + gaps[3] + gaps[4]) / total), all.Audits, false);
    }
}
