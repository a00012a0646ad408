using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.CaseAudits;
using Zicht.Features.Dashboard;
using Zicht.Features.Feedback;
using Zicht.Features.SafetyScales;
using Zicht.Features.StaffSurvey;
using Zicht.Features.Surveys;

namespace Zicht.Features.Outcomes;

/// <summary>A figure read for the outcome table: its value as shown, over how many; hidden when too few, not measured when there is no data.</summary>
public sealed record FigureReading(string? Value, int? N, bool Hidden)
{
    public static readonly FigureReading NotMeasured = new(null, null, false);
    public static readonly FigureReading TooFew = new(null, null, true);
    public bool Measured => Value is not null;
}

/// <summary>
/// The figures an outcome-table indicator can be bound to: each one Zicht already computes elsewhere,
/// read here for one organisation as an aggregate-only viewer sees it (minimum group size and the
/// dashboards' complementary suppression), whoever looks. Codes are <c>family:argument</c>.
/// </summary>
public sealed class OutcomeFigures(ZichtDb db, DashboardData dashboard, SurvivalQueries survivalQueries,
    FigureQueries figureQueries, FeedbackReports feedback, StaffResults staff, InstrumentStore instruments, TimeProvider clock)
{
    private readonly Dictionary<string, object?> _cache = [];

    /// <summary>Every code policy staff can choose, with the arguments that exist in this installation.</summary>
    public async Task<List<string>> CodesAsync(CancellationToken ct)
    {
        var codes = new List<string>();
        codes.AddRange(TrajectoryIndicators().Select(i => "breadth:" + i));
        codes.Add(Dashboard.ReReferrals.Indicator);
        codes.AddRange(SurvivalDefinition.Indicators.Select(i => "median_months:" + i));
        codes.AddRange(SurvivalDefinition.Indicators.Where(i => i != SurvivalDefinition.Trajectory).Select(i => "cif_12m:" + i));
        codes.AddRange(["mean:network_members", "mean:network_meetings"]);
        codes.AddRange(Enum.GetNames<ScorerRole>().Select(r => "safety_scale_change:" + r));
        foreach (var key in new[] { "parent", "child", "followup" })
        {
            var (_, instrument) = await instruments.CurrentAsync(key, ct);
            codes.AddRange(instrument.AllItems.Where(i => i.Kind == ItemKind.Choice && Positive(instrument.ScaleOf(i).Key).Length > 0).Select(i => $"share:{key}:{i.Key}"));
        }
        var (_, staffInstrument) = await instruments.CurrentAsync("staff", ct);
        codes.AddRange(staffInstrument.AllItems.Where(i => i.Kind == ItemKind.Choice && staffInstrument.ScaleOf(i).Key == "agree5").Select(i => "staff_agree:" + i.Key));
        codes.AddRange(["staff_mean:barometer", "staff_mean:attitude", "audit_gap_within_1"]);
        return codes;
    }

    private static IEnumerable<string> TrajectoryIndicators() =>
        [.. Trajectories.TrajectorySteps.Dated.Select(d => d.Code), .. DashboardData.CoreShares];

    /// <summary>The answers that count as "yes / agree" on a scale; empty for scales without one.</summary>
    public static int[] Positive(string scale) => scale switch
    {
        "agree5" => [4, 5],
        "yesSometimesNo" => [3],
        "yesNo" => [1],
        _ => [],
    };

    public async Task<FigureReading> ReadAsync(string? code, Guid organisationId, int minimum, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return FigureReading.NotMeasured;
        }
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        var (family, argument) = colon < 0 ? (code, "") : (code[..colon], code[(colon + 1)..]);
        try
        {
            return family switch
            {
                "breadth" => await BreadthAsync(argument, organisationId, minimum, ct),
                Dashboard.ReReferrals.Indicator => await ReReferralAsync(minimum, ct),
                "median_months" or "cif_12m" => await SurvivalAsync(family, argument, organisationId, minimum, ct),
                "mean" => await MeanAsync(argument, organisationId, minimum, ct),
                "safety_scale_change" => await OutcomeSurveyFigures.ScaleChangeAsync(db, argument, organisationId, minimum, ct),
                "share" => await OutcomeSurveyFigures.ShareAsync(feedback, argument, minimum, ct),
                "staff_agree" or "staff_mean" => await OutcomeSurveyFigures.StaffAsync(staff, db, family, argument, minimum, ct),
                "audit_gap_within_1" => await OutcomeSurveyFigures.AuditGapAsync(db, minimum, ct),
                _ => FigureReading.NotMeasured,
            };
        }
        catch (InvalidOperationException)
        {
            // An instrument or item that no longer exists: the binding points nowhere.
            return FigureReading.NotMeasured;
        }
    }

    private async Task<string> OrganisationNameAsync(Guid id, CancellationToken ct) =>
        await db.Organisations.Where(o => o.Id == id).Select(o => o.Name).FirstAsync(ct);

    private static FigureFilter Everything => new();

    private async Task<FigureReading> BreadthAsync(string indicator, Guid organisationId, int minimum, CancellationToken ct)
    {
        var view = (BreadthView)(_cache.TryGetValue("breadth", out var known) ? known! : _cache["breadth"] =
            await dashboard.BreadthAsync(FigureLevel.Organisation, Everything, false, minimum, ct));
        var name = await OrganisationNameAsync(organisationId, ct);
        var row = view.Breadth.FirstOrDefault(r => r.Group == name && r.Indicator == indicator);
        return row is null || row.Denominator == 0 && !row.Suppressed ? FigureReading.NotMeasured
            : row.Suppressed ? FigureReading.TooFew : new(Percent(row.Percent), row.Denominator, false);
    }

    private async Task<FigureReading> ReReferralAsync(int minimum, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var years = await db.Set<Trajectories.Trajectory>().Where(t => t.ClosingYear != null).Select(t => t.ClosingYear!.Value).Distinct().ToListAsync(ct);
        var rows = await figureQueries.ReReferralsAsync(Everything, today, years.Select(y => y.ToString(CultureInfo.InvariantCulture)), ct);
        var (n, k) = (rows.Sum(r => r.Denominator), rows.Sum(r => r.Numerator));
        return n == 0 ? FigureReading.NotMeasured
            : n < minimum || k is > 0 && k < minimum || n - k is > 0 && n - k < minimum ? FigureReading.TooFew
            : new(Percent(100.0 * k / n), n, false);
    }

    private async Task<FigureReading> SurvivalAsync(string family, string indicator, Guid organisationId, int minimum, CancellationToken ct)
    {
        if (!SurvivalDefinition.IsIndicator(indicator))
        {
            return FigureReading.NotMeasured;
        }
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var rows = await survivalQueries.RowsAsync("organisation", indicator, Everything, today, ct);
        var sides = await figureQueries.SideBySideAsync(Everything, minimum, ct);
        var name = await OrganisationNameAsync(organisationId, ct);
        var row = SurvivalDisclosure.Apply(rows, minimum, sides, Everything).FirstOrDefault(r => r.Group == name);
        var value = family == "cif_12m" ? row?.Cif12Percent : row?.MedianMonths;
        return row is null || row.N == 0 && !row.Suppressed ? FigureReading.NotMeasured
            : row.Suppressed ? FigureReading.TooFew
            : value is null ? FigureReading.NotMeasured
            : new(family == "cif_12m" ? Percent(value) : FigureTable.Shown(value), row.N, false);
    }

    private async Task<FigureReading> MeanAsync(string what, Guid organisationId, int minimum, CancellationToken ct)
    {
        var (counts, _, _) = await dashboard.CoreDataAsync(FigureLevel.Organisation, Everything, minimum, ct);
        var name = await OrganisationNameAsync(organisationId, ct);
        var row = counts.FirstOrDefault(r => r.Group == name);
        var value = what == "network_members" ? row?.MeanNetworkMembers : row?.MeanNetworkMeetings;
        return row is null ? FigureReading.NotMeasured : row.Suppressed ? FigureReading.TooFew
            : value is null ? FigureReading.NotMeasured : new(FigureTable.Shown(value), row.Trajectories, false);
    }

    public static string Percent(double? value) => FigureTable.ShownPercent(value);

}
