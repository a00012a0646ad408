using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Features.Dashboard;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.Outcomes;

/// <summary>
/// Fidelity against outcomes: per step, outcomes where it happened early against where it did not, per
/// organisation, region or team (team members: their own teams, unsuppressed; aggregate-only viewers:
/// every group, under one suppression pattern per step and outcome, <see cref="FidelityByGroup"/>).
/// </summary>
[Authorize(Policy = Policies.Dashboards)]
public class FidelityModel(ZichtDb db, RequestContext context, FidelityQueries queries, TimeProvider clock, IOptions<ZichtOptions> options) : PageModel
{
    /// <summary>The windows an aggregate-only viewer can choose: weighed together, so one cannot be subtracted from another.</summary>
    public static readonly double[] FixedWindows = [3, 6, 12];

    /// <summary>Shown per group when the viewer does not choose a step: the issue's own example.</summary>
    public const string DefaultStep = "step_03_informed_network_started";

    [BindProperty(SupportsGet = true)]
    public FilterInput Filter { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public double? Window { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Step { get; set; }

    public DashboardViewer Viewer { get; private set; } = null!;
    public IReadOnlyList<FigureLevel> Levels => Viewer.SeesAggregatesOnly ? FidelityByGroup.Levels : [FigureLevel.Team];
    public FigureLevel Level { get; private set; }
    public string ChosenStep { get; private set; } = "";
    public double WindowMonths => Viewer.SeesAggregatesOnly
        ? (Window is { } w && FixedWindows.Contains(w) ? w : 3)
        : (Window is >= 1 and <= 12 ? Window.Value : 3);
    public List<FidelityRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var filter = await LoadAsync(ct);
        db.RecordAudit(AuditActions.Download, "fidelity", null, null,
            $"csv, by {FigureLevels.Code(Level)}, {(ChosenStep == "" ? "all steps" : ChosenStep)}, window {WindowMonths.ToString(CultureInfo.InvariantCulture)} months; {ExportCommand.Describe(filter)}");
        await db.SaveChangesAsync(ct);
        var stream = new MemoryStream();
        await using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true))
        {
            FidelityTable(Rows).WriteCsv(writer);
        }
        return File(stream.ToArray(), "text/csv; charset=utf-8", "fidelity.csv");
    }

    private async Task<FigureFilter> LoadAsync(CancellationToken ct)
    {
        Viewer = await DashboardViewer.LoadAsync(User, context, db, options.Value.MinimumGroupSize, ct);
        Level = FigureLevels.TryParse(Filter.Level, out var level) && Levels.Contains(level) ? level : Levels[0];
        // Worker level is the caseworker's own figures; the comparison covers the viewer's teams.
        var filter = Viewer.Restrict(Filter.ToFilter(), FigureLevel.Team);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        // Aggregate-only viewers: one population for every window they can choose, settled for the longest
        // and cut at a quarter's end, so neither the window nor the day moves a trajectory in or out.
        var settledBy = Viewer.SeesAggregatesOnly
            ? Quarters.Start(today.AddDays(-(int)Math.Ceiling(FixedWindows[^1] * Months.DaysPerMonth)))!.Value.AddDays(-1)
            : today.AddDays(-(int)Math.Ceiling(WindowMonths * Months.DaysPerMonth));
        // Every service is read: the pattern weighs each service filter together.
        var cases = await queries.CasesAsync(filter with { Service = null }, settledBy, ct);
        var steps = TrajectorySteps.Dated.Select((d, i) => (Index: i, d.Code)).ToList();
        ChosenStep = Step == "all" ? "" : steps.Any(s => s.Code == Step) ? Step! : Level == FigureLevel.Organisation ? "" : DefaultStep;
        double[] windows = Viewer.SeesAggregatesOnly ? FixedWindows : [WindowMonths];
        var services = await db.Services.AsNoTracking().Select(s => new { s.Id, s.Code }).ToDictionaryAsync(s => s.Id, s => s.Code, ct);
        var ask = new FidelityAsk(Level, filter.Service, windows, Array.IndexOf(windows, WindowMonths), Viewer.MinimumGroupSize);
        var lines = FidelityByGroup.Rows(cases, [.. steps.Where(s => ChosenStep == "" || s.Code == ChosenStep)],
            id => services.GetValueOrDefault(id, "?"), ask);
        var labels = await GroupLabels.LoadAsync(db, Level, filter, ct);
        // Groups by name, never ranked.
        Rows = [.. lines.Select(l => l.Row with { GroupName = labels.Of(l.GroupId) })
            .OrderBy(r => r.GroupName, StringComparer.Ordinal)];
        return filter;
    }

    public static FigureTable FidelityTable(IEnumerable<FidelityRow> rows) => new("fidelity",
        ["level", "group", "outcome", "indicator", "early_n", "early_with_outcome", "early_percent", "not_early_n", "not_early_with_outcome", "not_early_percent",
            "risk_difference_points", "ci95_lower_points", "ci95_upper_points", "suppressed"],
        [.. rows.Select(r => r.Suppressed
            ? new object?[] { r.Level, r.GroupName, r.Outcome, r.Indicator, null, null, null, null, null, null, null, null, null, true }
            : [r.Level, r.GroupName, r.Outcome, r.Indicator, r.Early.N, r.Early.Events, 100 * r.Early.Proportion, r.NotEarly.N, r.NotEarly.Events, 100 * r.NotEarly.Proportion,
                100 * r.Difference?.Difference, 100 * r.Difference?.Lower, 100 * r.Difference?.Upper, false])]);
}
