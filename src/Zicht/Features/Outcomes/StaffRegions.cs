using Zicht.Features.Dashboard;
using Zicht.Features.StaffSurvey;
using Zicht.Features.Surveys;
using Zicht.Features.Surveys.Statistics;

namespace Zicht.Features.Outcomes;

/// <summary>
/// Staff-survey figures for an outcome-table scope. The survey is anonymous: a respondent's region is
/// what they answered to the background question, matched to Zicht's region by its name.
/// </summary>
internal static class StaffRegions
{
    /// <summary>The answer code of the background question that names this region; null when none does.</summary>
    public static int? CodeOf(StaffResults.WaveData data, string regionName)
    {
        var question = data.Instrument.FindItem(StaffResults.GroupItem(StaffGrouping.Region));
        return question is null ? null : data.Instrument.ScaleOf(question).Points
            .FirstOrDefault(p => string.Equals(p.Label.Nl, regionName, StringComparison.OrdinalIgnoreCase)
                || string.Equals(p.Label.En, regionName, StringComparison.OrdinalIgnoreCase))?.Value;
    }

    /// <summary>The region's distribution of one item, when the staff survey's pattern shows that region's group.</summary>
    public static Distribution? Distribution(StaffResults.WaveData data, Item item, string regionName, int minimum)
    {
        if (CodeOf(data, regionName) is not { } code)
        {
            return null;
        }
        var answered = StaffResults.Answered(data, item);
        return StaffDisclosure.Protect([.. answered.Select(a => a.Response)], minimum).GroupShown(StaffGrouping.Region, code)
            ? Surveys.Statistics.Distribution.Of(data.Instrument.ScaleOf(item), answered.Where(a => a.Response.Region == code).Select(a => a.Value))
            : null;
    }

    /// <summary>Did anyone in the scope answer the item (so a missing figure is "too few", not "not measured")?</summary>
    public static bool Answered(StaffResults.WaveData data, Item item, OutcomeScope scope)
    {
        var answered = StaffResults.Answered(data, item);
        return scope.Level switch
        {
            FigureLevel.Team => answered.Any(a => a.Response.TeamId == scope.Id),
            FigureLevel.Region => CodeOf(data, scope.Name) is { } code && answered.Any(a => a.Response.Region == code),
            _ => answered.Count > 0,
        };
    }
}
