using Zicht.Data;
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
/// What a reading is for: one scope of the organisation's tree, over one period (already widened to
/// whole quarters), with the minimum group size, on one day.
/// </summary>
public sealed record OutcomeQuery(OutcomeTree Tree, OutcomeScope Scope, FigureFilter Period, int Minimum, DateOnly Today);

/// <summary>
/// The figures an outcome-table indicator can be bound to: each one Zicht already computes elsewhere,
/// read here for one scope and period as an aggregate-only viewer sees it (minimum group size and
/// complementary suppression), whoever looks. Codes are <c>family:argument</c>.
/// </summary>
public sealed class OutcomeFigures(ZichtDb db, OutcomeTrajectoryFigures trajectories, FeedbackReports feedback, StaffResults staff,
    InstrumentStore instruments, TimeProvider clock)
{
    /// <summary>Every code policy staff can choose, with the arguments that exist in this installation.</summary>
    public async Task<List<string>> CodesAsync(CancellationToken ct)
    {
        var codes = new List<string>();
        codes.AddRange(TrajectoryIndicators().Select(i => "breadth:" + i));
        codes.Add(ReReferrals.Indicator);
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

    /// <summary>The organisation as a whole, over everything up to today (the implementation plan's reading).</summary>
    public async Task<OutcomeQuery> WholeOrganisationAsync(Guid organisationId, int minimum, CancellationToken ct)
    {
        var tree = await OutcomeTree.LoadAsync(db, organisationId, ct);
        return new OutcomeQuery(tree, tree.Organisation, new FigureFilter(), minimum, Today());
    }

    public DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<FigureReading> ReadAsync(string? code, OutcomeQuery query, CancellationToken ct)
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
                "breadth" => await trajectories.BreadthAsync(argument, query, ct),
                ReReferrals.Indicator => await trajectories.ReReferralAsync(query, ct),
                "median_months" or "cif_12m" => await trajectories.SurvivalAsync(family, argument, query, ct),
                "mean" => await trajectories.MeanAsync(argument, query, ct),
                "safety_scale_change" => await OutcomeSurveyFigures.ScaleChangeAsync(db, argument, query, ct),
                "share" => await OutcomeSurveyFigures.ShareAsync(feedback, argument, query, ct),
                "staff_agree" or "staff_mean" => await OutcomeSurveyFigures.StaffAsync(staff, db, family, argument, query, ct),
                "audit_gap_within_1" => await OutcomeSurveyFigures.AuditGapAsync(db, query, ct),
                _ => FigureReading.NotMeasured,
            };
        }
        catch (InvalidOperationException)
        {
            // An instrument or item that no longer exists: the binding points nowhere.
            return FigureReading.NotMeasured;
        }
    }

    public static string Percent(double? value) => FigureTable.ShownPercent(value);
}
