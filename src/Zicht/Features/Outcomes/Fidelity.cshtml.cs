using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Features.Dashboard;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.Outcomes;

/// <summary>
/// Fidelity against outcomes: per step, outcomes where it happened early against where it did not,
/// over the viewer's scope (team members their teams; aggregate-only viewers the organisation, suppressed).
/// </summary>
[Authorize(Policy = Policies.Dashboards)]
public class FidelityModel(ZichtDb db, RequestContext context, FidelityQueries queries, TimeProvider clock, IOptions<ZichtOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public FilterInput Filter { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public double? Window { get; set; }

    public double WindowMonths => Window is >= 1 and <= 12 ? Window.Value : 3;
    public DashboardViewer Viewer { get; private set; } = null!;
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
            $"csv, window {WindowMonths.ToString(CultureInfo.InvariantCulture)} months; {ExportCommand.Describe(filter)}");
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
        // Worker level is the caseworker's own figures; the comparison covers the viewer's teams.
        var filter = Viewer.Restrict(Filter.ToFilter(), FigureLevel.Team);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var cases = await queries.CasesAsync(filter, WindowMonths, today, ct);
        Rows = FidelityFigures.Suppress(FidelityFigures.Of(cases, [.. TrajectorySteps.Dated.Select(d => d.Code)], WindowMonths), Viewer.MinimumGroupSize);
        return filter;
    }

    public static FigureTable FidelityTable(IEnumerable<FidelityRow> rows) => new("fidelity",
        ["outcome", "indicator", "early_n", "early_with_outcome", "early_percent", "not_early_n", "not_early_with_outcome", "not_early_percent",
            "risk_difference_points", "ci95_lower_points", "ci95_upper_points", "suppressed"],
        [.. rows.Select(r => r.Suppressed
            ? new object?[] { r.Outcome, r.Indicator, null, null, null, null, null, null, null, null, null, true }
            : [r.Outcome, r.Indicator, r.Early.N, r.Early.Events, 100 * r.Early.Proportion, r.NotEarly.N, r.NotEarly.Events, 100 * r.NotEarly.Proportion,
                100 * r.Difference?.Difference, 100 * r.Difference?.Lower, 100 * r.Difference?.Upper, false])]);
}
