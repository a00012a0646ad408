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
/// when the group is below the minimum (even its count is not shown), or when showing it would let the
/// other rows and the total give away a group that is (<see cref="Complementary"/>).
/// </summary>
public sealed record GroupRow(string Label, int? N, double? AgreeShare, bool Complementary = false);

/// <summary>A feedback report. Everything derived from fewer than the minimum number of responses is null/empty.</summary>
public sealed record FeedbackReport(Instrument Instrument, ReportLevel Level, int N, bool Shown, IReadOnlyList<ItemResult> Items,
    IReadOnlyList<string> OpenAnswers, IReadOnlyList<GroupRow> Compare, IReadOnlyList<GroupRow> Trend, int MinimumGroupSize);

/// <summary>
/// Aggregates feedback responses for one worker, team, region or the organisation. The caller checks
/// the right to the level. Issue 8: responses arrive in batches (<see cref="FeedbackRelease"/>), an
/// item's distribution needs enough answers to that item, rows that could be subtracted back are
/// hidden, and free text comes only from teams whose own report shows it.
/// </summary>
public sealed class FeedbackReports(ZichtDb db, InstrumentStore instruments, TimeProvider clock)
{
    private sealed record Row(Guid WorkerId, Guid TeamId, Guid RegionId, DateOnly Period, string Answers, bool TextsReleased);

    public Task<FeedbackReport> BuildAsync(string instrumentKey, ReportLevel level, Guid? groupId, int minimum, CancellationToken ct = default) =>
        BuildAsync(instrumentKey, level, groupId, minimum, null, null, ct);

    /// <summary>
    /// The report over the released responses of the quarters from <paramref name="from"/> to
    /// <paramref name="to"/> (a response carries its quarter's first day; null: every quarter). Release is decided over
    /// all responses first, so a period never releases a response the full report would not.
    /// </summary>
    public async Task<FeedbackReport> BuildAsync(string instrumentKey, ReportLevel level, Guid? groupId, int minimum, DateOnly? from, DateOnly? to,
        CancellationToken ct = default)
    {
        var (_, instrument) = await instruments.CurrentAsync(instrumentKey, ct);
        var versionIds = db.Set<InstrumentVersion>().Where(v => v.Key == instrumentKey).Select(v => v.Id);
        var query = db.Set<FeedbackResponse>().AsNoTracking().Where(r => versionIds.Contains(r.InstrumentVersionId));
        // Responses are released per team, in the team's own batches; every figure at any level is a
        // sum over released responses only, so a region is the same on every page and equals its teams.
        var teams = level switch
        {
            ReportLevel.Worker => query.Where(r => r.WorkerId == groupId).Select(r => r.TeamId),
            ReportLevel.Team => query.Where(r => r.TeamId == groupId).Select(r => r.TeamId),
            ReportLevel.Region => query.Where(r => r.RegionId == groupId).Select(r => r.TeamId),
            _ => query.Select(r => r.TeamId),
        };
        var fetched = await query.Where(r => teams.Contains(r.TeamId))
            .Select(r => new Row(r.WorkerId, r.TeamId, r.RegionId, r.Period, r.Answers, r.TextsReleased)).ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var released = fetched.GroupBy(r => r.TeamId).SelectMany(t => FeedbackRelease.Released(t.ToList(), r => r.Period, today, minimum)).ToList();
        var rows = level switch
        {
            // A worker's own report has batches of its own on top of the team's.
            ReportLevel.Worker => FeedbackRelease.Released(released.Where(r => r.WorkerId == groupId).ToList(), r => r.Period, today, minimum),
            ReportLevel.Team => released.Where(r => r.TeamId == groupId).ToList(),
            ReportLevel.Region => released.Where(r => r.RegionId == groupId).ToList(),
            _ => released,
        };
        rows = [.. rows.Where(r => (from is null || r.Period >= from) && (to is null || r.Period <= to))];
        var answers = rows.Select(r => Answers.Parse(r.Answers)).ToList();

        Func<Row, Guid> keyOf = level == ReportLevel.Organisation ? r => r.RegionId : r => r.TeamId;
        var compareGroups = level is ReportLevel.Region or ReportLevel.Organisation ? await CompareGroupsAsync(level, fetched, ct) : [];
        var perGroup = compareGroups.Select(g => rows.Where(r => keyOf(r) == g.Id).ToList()).ToList();
        var quarters = rows.GroupBy(r => r.Period).OrderBy(g => g.Key).ToList();
        // One page: the total, the compared groups and the quarters, protected together.
        var cells = new List<IReadOnlyCollection<(Guid, DateOnly)>> { Atoms(rows, keyOf) };
        cells.AddRange(perGroup.Select(g => Atoms(g, keyOf)));
        cells.AddRange(quarters.Select(q => Atoms([.. q], keyOf)));
        var sizes = new List<int> { rows.Count };
        sizes.AddRange(perGroup.Select(g => g.Count));
        sizes.AddRange(quarters.Select(q => q.Count()));
        var hidden = FeedbackRelease.Hidden(cells, sizes, minimum);

        var shown = !hidden[0] && SmallGroups.IsShown(rows.Count, minimum);
        var items = instrument.AllItems.Where(i => i.Kind == ItemKind.Choice).Select(i =>
        {
            var values = answers.Select(a => Answers.Value(a, i.Key)).OfType<int>().ToList();
            // Each item on its own: an item most families skip would otherwise show two families' answers.
            return new ItemResult(i, shown && SmallGroups.IsShown(values.Count, minimum) ? Distribution.Of(instrument.ScaleOf(i), values) : null);
        }).ToList();
        var open = shown && level != ReportLevel.Worker ? OpenAnswers(instrument, rows, minimum) : [];
        var compare = compareGroups.Select((g, i) => Summarise(instrument, g.Name, perGroup[i], minimum, hidden[1 + i])).ToList();
        var trend = quarters.Select((q, i) => Summarise(instrument, $"{q.Key.Year} Q{(q.Key.Month + 2) / 3}", [.. q], minimum,
            hidden[1 + perGroup.Count + i])).ToList();
        return new FeedbackReport(instrument, level, rows.Count, shown, items, open, compare, trend, minimum);
    }

    private static List<(Guid, DateOnly)> Atoms(IEnumerable<Row> rows, Func<Row, Guid> keyOf) => [.. rows.Select(r => (keyOf(r), r.Period)).Distinct()];

    /// <summary>
    /// Free text can identify a family by its story: never at a single worker's level, only from teams
    /// whose own report is shown, so a region's texts minus a team's never give another team's, and only
    /// once a team lead has read, redacted and released it (<see cref="FeedbackTexts"/>).
    /// </summary>
    private static List<string> OpenAnswers(Instrument instrument, List<Row> released, int minimum) =>
        [.. released.GroupBy(r => r.TeamId).Where(team => SmallGroups.IsShown(team.Count(), minimum))
            .SelectMany(team => team.Where(r => r.TextsReleased).Select(r => Answers.Parse(r.Answers)))
            .SelectMany(a => instrument.AllItems.Where(i => i.Kind == ItemKind.Open).Select(i => a.GetValueOrDefault(i.Key)))
            .OfType<string>().Order()];

    private async Task<List<(Guid Id, string Name)>> CompareGroupsAsync(ReportLevel level, List<Row> rows, CancellationToken ct)
    {
        if (level == ReportLevel.Organisation)
        {
            return [.. (await db.Regions.AsNoTracking().Select(r => new { r.Id, r.Name }).ToListAsync(ct)).OrderBy(r => r.Name).Select(r => (r.Id, r.Name))];
        }
        var teamIds = rows.Select(r => r.TeamId).Distinct().ToList();
        return await Kernel.TeamLabels.OrderedAsync(db, db.Teams.Where(t => teamIds.Contains(t.Id)), ct);
    }

    /// <summary>Share of agreeing answers (top collapsed group) over all choice items, only for a large enough group.</summary>
    private static GroupRow Summarise(Instrument instrument, string label, List<Row> rows, int minimum, bool hidden)
    {
        if (!SmallGroups.IsShown(rows.Count, minimum) || hidden)
        {
            return new GroupRow(label, null, null, SmallGroups.IsShown(rows.Count, minimum));
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
