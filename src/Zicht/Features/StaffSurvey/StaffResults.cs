using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Surveys;
using Zicht.Features.Surveys.Statistics;

namespace Zicht.Features.StaffSurvey;

public enum StaffGrouping { Role, Service, Region }

/// <summary>An item's collapsed answers per group, with the chi-square test only when every group is large enough.</summary>
public sealed record GroupComparison(Item Item, IReadOnlyList<(string Group, int[]? Counts)> Groups, ChiSquareResult? Test);

public sealed record WaveBarometer(Guid WaveId, string Title, DateTime OpenedAt, bool Closed, Distribution? Distribution);

/// <summary>Staff survey results for one wave. Every figure needs the minimum group size.</summary>
public sealed class StaffResults(ZichtDb db, InstrumentStore instruments)
{
    public sealed record WaveData(StaffWave Wave, Instrument Instrument, List<StaffResponse> Responses);

    public async Task<WaveData?> LoadAsync(Guid waveId, CancellationToken ct = default)
    {
        var wave = await db.Set<StaffWave>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == waveId, ct);
        if (wave is null)
        {
            return null;
        }
        var responses = await db.Set<StaffResponse>().AsNoTracking().Where(r => r.WaveId == waveId).ToListAsync(ct);
        return new WaveData(wave, await instruments.GetAsync(wave.InstrumentVersionId, ct), responses);
    }

    /// <summary>The responses that answered this item, with their value.</summary>
    public static List<(StaffResponse Response, int Value)> Answered(WaveData data, Item item) =>
        data.Responses.Select(r => (Response: r, Value: Answers.Value(Answers.Parse(r.Answers), item.Key)))
            .Where(x => x.Value is not null).Select(x => (x.Response, x.Value!.Value)).ToList();

    /// <summary>The item over all respondents, unless hidden (too few, or it would give away a hidden group).</summary>
    public static Distribution? ItemDistribution(WaveData data, Item item, int minimum) => ItemFigures(data, item, null, minimum).Distribution;

    /// <summary>
    /// An item's distribution and, when a grouping is asked, its comparison, from one reading of the answers
    /// and one suppression pattern (the results page used to compute both twice per item).
    /// </summary>
    public static (Distribution? Distribution, GroupComparison? Comparison) ItemFigures(WaveData data, Item item, StaffGrouping? grouping, int minimum)
    {
        var answered = Answered(data, item);
        var cells = StaffDisclosure.Protect([.. answered.Select(a => a.Response)], minimum);
        if (!cells.Overall)
        {
            return (null, null);
        }
        var distribution = Distribution.Of(data.Instrument.ScaleOf(item), answered.Select(a => a.Value));
        return (distribution, grouping is { } g ? Compare(data, item, g, minimum, answered, cells) : null);
    }

    /// <summary>One team's distribution for its team lead, under the same protection as every other figure.</summary>
    public static Distribution? TeamDistribution(WaveData data, Item item, Guid teamId, int minimum)
    {
        var answered = Answered(data, item);
        return StaffDisclosure.Protect([.. answered.Select(a => a.Response)], minimum).TeamShown(teamId)
            ? Distribution.Of(data.Instrument.ScaleOf(item), answered.Where(a => a.Response.TeamId == teamId).Select(a => a.Value))
            : null;
    }

    /// <summary>
    /// Collapsed 3-point counts per group (role, service or region, as the respondent reported it) and a
    /// chi-square test across the groups that answered, as in the evaluation. A group below the minimum
    /// shows no counts, nor does a group whose counts would give a hidden one away by subtraction
    /// (<see cref="StaffDisclosure"/>); and then no p either: a test over a hidden group would leak it.
    /// </summary>
    public static GroupComparison? Compare(WaveData data, Item item, StaffGrouping grouping, int minimum)
    {
        var answered = Answered(data, item);
        return Compare(data, item, grouping, minimum, answered, StaffDisclosure.Protect([.. answered.Select(a => a.Response)], minimum));
    }

    private static GroupComparison? Compare(WaveData data, Item item, StaffGrouping grouping, int minimum,
        List<(StaffResponse Response, int Value)> answered, StaffCells cells)
    {
        var scale = data.Instrument.ScaleOf(item);
        if (!scale.CanCollapse)
        {
            return null;
        }
        var groupScale = data.Instrument.ScaleOf(data.Instrument.FindItem(GroupItem(grouping))!);
        var byGroup = answered
            .GroupBy(x => GroupOf(x.Response, grouping)).OrderBy(g => g.Key)
            .Select(g => (Label: groupScale.Point(g.Key)?.Label.Current ?? "?", Shown: cells.GroupShown(grouping, g.Key),
                Counts: Collapse.Counts(scale, g.Select(x => x.Value))))
            .ToList();
        var allShown = byGroup.Count >= 2 && byGroup.All(g => g.Shown);
        var test = allShown ? ChiSquare.Test(byGroup.Select(g => g.Counts).ToArray()) : null;
        return new GroupComparison(item, byGroup.Select(g => (g.Label, g.Shown ? g.Counts : null)).ToList(), test);
    }

    /// <summary>The barometer per wave, oldest first: the trend across waves.</summary>
    public async Task<List<WaveBarometer>> BarometerTrendAsync(int minimum, CancellationToken ct = default)
    {
        var waves = await db.Set<StaffWave>().AsNoTracking().OrderBy(w => w.OpenedAt).ToListAsync(ct);
        var result = new List<WaveBarometer>();
        foreach (var wave in waves)
        {
            var data = (await LoadAsync(wave.Id, ct))!;
            var item = data.Instrument.FindItem("barometer");
            result.Add(new WaveBarometer(wave.Id, wave.Title, wave.OpenedAt, wave.ClosedAt is not null, item is null ? null : ItemDistribution(data, item, minimum)));
        }
        return result;
    }

    public static string GroupItem(StaffGrouping grouping) => grouping switch
    {
        StaffGrouping.Role => "bg_role",
        StaffGrouping.Service => "bg_service",
        _ => "bg_region",
    };

    private static int GroupOf(StaffResponse r, StaffGrouping grouping) => grouping switch
    {
        StaffGrouping.Role => r.Role,
        StaffGrouping.Service => r.Service,
        _ => r.Region,
    };
}
