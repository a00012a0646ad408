using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Features.Dashboard;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.Outcomes;

/// <summary>
/// Time to each step, safety plan and closure: Kaplan–Meier and cumulative incidence per group and per
/// opening-year cohort, with the same viewers, filters and suppression as the other dashboards. The
/// CSV handler downloads exactly what the page shows.
/// </summary>
[Authorize(Policy = Policies.Dashboards)]
public class SurvivalModel(ZichtDb db, RequestContext context, SurvivalPageData data, IOptions<ZichtOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public SurvivalInput Input { get; set; } = new();

    public DashboardViewer Viewer { get; private set; } = null!;
    public SurvivalView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        (Viewer, View, _) = await data.LoadAsync(User, context, Input, options.Value.MinimumGroupSize, ct);
        return Page();
    }

    /// <summary>survival.csv of the page: the groups, then the opening-year cohorts (audited like every download).</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        (Viewer, View, var filter) = await data.LoadAsync(User, context, Input, options.Value.MinimumGroupSize, ct);
        var table = SurvivalRow.Table([.. View.Groups, .. View.Cohorts]);
        db.RecordAudit(AuditActions.Download, "survival", null, null,
            $"csv, by {FigureLevels.Code(View.Level)}, {View.Indicator}, as of {View.AsOf:yyyy-MM-dd}; {ExportCommand.Describe(filter)}");
        await db.SaveChangesAsync(ct);
        var stream = new MemoryStream();
        await using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true))
        {
            table.WriteCsv(writer);
        }
        return File(stream.ToArray(), "text/csv; charset=utf-8", "survival.csv");
    }
}
