using System.Globalization;
using Zicht.Data;
using Zicht.Features.Dashboard;
using Zicht.Features.Trajectories;

namespace Zicht.Features.Outcomes;

/// <summary>What the survival page and its download ask: the dashboard filters plus indicator and as-of date.</summary>
public sealed class SurvivalInput
{
    public string? Level { get; set; }
    public string? Service { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Indicator { get; set; }
    public string? AsOf { get; set; }

    public string IndicatorOr() => SurvivalDefinition.IsIndicator(Indicator) ? Indicator! : "adult_safety_plan";

    public FilterInput Dashboard() => new() { Level = Level, Service = Service, From = From, To = To };

    public string Query(FigureLevel level) =>
        $"level={FigureLevels.Code(level)}&service={Uri.EscapeDataString(Service ?? "")}&from={Uri.EscapeDataString(From ?? "")}"
        + $"&to={Uri.EscapeDataString(To ?? "")}&indicator={Uri.EscapeDataString(IndicatorOr())}&asof={Uri.EscapeDataString(AsOf ?? "")}";

    /// <summary>An aggregate-only viewer always sees today: an earlier date would be a second, slightly different table.</summary>
    public DateOnly AsOfFor(DashboardViewer viewer, DateOnly today) =>
        !viewer.SeesAggregatesOnly && DateOnly.TryParseExact(AsOf, TrajectoryFormat.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : today;
}

/// <summary>The figures of the survival page for one viewer, suppressed for them: by the chosen level and by opening year.</summary>
public sealed record SurvivalView(FigureLevel Level, string Indicator, DateOnly AsOf, List<SurvivalRow> Groups, List<SurvivalRow> Cohorts);

public sealed class SurvivalPageData(ZichtDb db, SurvivalQueries survival, FigureQueries figures, TimeProvider clock)
{
    public async Task<(DashboardViewer Viewer, SurvivalView View, FigureFilter Filter)> LoadAsync(
        System.Security.Claims.ClaimsPrincipal user, Infrastructure.Auth.RequestContext context, SurvivalInput input, int minimumGroupSize, CancellationToken ct)
    {
        var viewer = await DashboardViewer.LoadAsync(user, context, db, minimumGroupSize, ct);
        var level = input.Dashboard().LevelOr(viewer);
        var filter = viewer.Restrict(input.Dashboard().ToFilter(), level) with { Status = TrajectoryStatus.All };
        var asOf = input.AsOfFor(viewer, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        var indicator = input.IndicatorOr();
        var groups = await survival.RowsAsync(FigureLevels.Code(level), indicator, filter, asOf, ct);
        // Cohorts cover the viewer's own scope: a caseworker's cohorts are their own trajectories at worker level.
        var cohortFilter = level == FigureLevel.Worker ? filter : filter with { Worker = null };
        var cohorts = await survival.RowsAsync(SurvivalQueries.OpeningYear, indicator, cohortFilter, asOf, ct);
        var sides = await figures.SideBySideAsync(filter, viewer.MinimumGroupSize, ct);
        return (viewer, new SurvivalView(level, indicator, asOf,
            SurvivalDisclosure.Apply(groups, viewer.MinimumGroupSize, sides, filter),
            SurvivalDisclosure.Apply(cohorts, viewer.MinimumGroupSize, sides, filter)), filter);
    }
}
