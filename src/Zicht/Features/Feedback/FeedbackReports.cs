using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Surveys;
using Zicht.Features.Surveys.Statistics;

namespace Zicht.Features.Feedback;

public enum ReportLevel { Worker, Team, Region, Organisation }

/// <summary>One item's distribution, or nothing when the group is too small.</summary>
public sealed record ItemResult(Item Item, Distribution? Distribution);

/// <summary>
/// A comparison row (a team or region) or a trend point (a quarter). N and the share agreeing are null
/// when the group is below the minimum: even the count of a small group is not shown.
/// </summary>
public sealed record GroupRow(string Label, int? N, double? AgreeShare);

/// <summary>A feedback report. Everything derived from fewer than the minimum number of responses is null/empty.</summary>
public sealed record FeedbackReport(Instrument Instrument, ReportLevel Level, int N, bool Shown, IReadOnlyList<ItemResult> Items,
    IReadOnlyList<string> OpenAnswers, IReadOnlyList<GroupRow> Compare, IReadOnlyList<GroupRow> Trend, int MinimumGroupSize);

/// <summary>Aggregates feedback responses for one worker, team, region or the organisation. The caller checks the right to the level.</summary>
public sealed class FeedbackReports(ZichtDb db, InstrumentStore instruments)
{
    private sealed record Row(Guid VersionId, Guid TeamId, Guid RegionId, DateOnly Period, string Answers);

    public async Task<FeedbackReport> BuildAsync(string instrumentKey, ReportLevel level, Guid? groupId, int minimum, CancellationToken ct = default)
    {
        var (_, instrument) = await instruments.CurrentAsync(instrumentKey, ct);
        var versionIds = db.Set<InstrumentVersion>().Where(v => v.Key == instrumentKey).Select(v => v.Id);
        var query = db.Set<FeedbackResponse>().AsNoTracking().Where(r => versionIds.Contains(r.InstrumentVersionId));
        query = level switch
        {
            ReportLevel.Worker => query.Where(r => r.WorkerId == groupId),
            ReportLevel.Team => query.Where(r => r.TeamId == groupId),
            ReportLevel.Region => query.Where(r => r.RegionId == groupId),
            _ => query,
        };
        var rows = await query.Select(r => new Row(r.InstrumentVersionId, r.TeamId, r.RegionId, r.Period, r.Answers)).ToListAsync(ct);
        var answers = rows.Select(r => Answers.Parse(r.Answers)).ToList();
        var shown = SmallGroups.IsShown(rows.Count, minimum);
        var items = instrument.AllItems.Where(i => i.Kind == ItemKind.Choice).Select(i => new ItemResult(i,
            shown ? Distribution.Of(instrument.ScaleOf(i), answers.Select(a => Answers.Value(a, i.Key)).OfType<int>()) : null)).ToList();
        // Free text can identify a family by its story: never at a single worker's level, never in a small group.
        var open = shown && level != ReportLevel.Worker
            ? instrument.AllItems.Where(i => i.Kind == ItemKind.Open)
                .SelectMany(i => answers.Select(a => a.GetValueOrDefault(i.Key))).OfType<string>().Order().ToList()
            : [];
        var compare = level is ReportLevel.Region or ReportLevel.Organisation
            ? await CompareAsync(instrument, rows, level, minimum, ct) : [];
        var trend = rows.GroupBy(r => $"{r.Period.Year} Q{(r.Period.Month + 2) / 3}").OrderBy(g => g.Key)
            .Select(g => Summarise(instrument, g.Key, g.ToList(), minimum)).ToList();
        return new FeedbackReport(instrument, level, rows.Count, shown, items, open, compare, trend, minimum);
    }

    private async Task<List<GroupRow>> CompareAsync(Instrument instrument, List<Row> rows, ReportLevel level, int minimum, CancellationToken ct)
    {
        if (level == ReportLevel.Organisation)
        {
            var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name, ct);
            return regions.OrderBy(r => r.Value).Select(r => Summarise(instrument, r.Value, rows.Where(x => x.RegionId == r.Key).ToList(), minimum)).ToList();
        }
        var teamIds = rows.Select(r => r.TeamId).Distinct().ToList();
        var teams = await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        return teams.OrderBy(t => t.Value).Select(t => Summarise(instrument, t.Value, rows.Where(x => x.TeamId == t.Key).ToList(), minimum)).ToList();
    }

    /// <summary>Share of agreeing answers (top collapsed group) over all choice items, only for a large enough group.</summary>
    private static GroupRow Summarise(Instrument instrument, string label, List<Row> rows, int minimum)
    {
        if (!SmallGroups.IsShown(rows.Count, minimum))
        {
            return new GroupRow(label, null, null);
        }
        int agree = 0, total = 0;
        foreach (var answers in rows.Select(r => Answers.Parse(r.Answers)))
        {
            foreach (var item in instrument.AllItems.Where(i => i.Kind == ItemKind.Choice))
            {
                var scale = instrument.ScaleOf(item);
                if (Answers.Value(answers, item.Key) is { } v && Collapse.Group(scale, v) is { } g)
                {
                    total++;
                    agree += g == scale.CollapsedLabels!.Count ? 1 : 0;
                }
            }
        }
        return new GroupRow(label, rows.Count, total == 0 ? null : (double)agree / total);
    }
}
