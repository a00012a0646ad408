using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.Dashboard;

/// <summary>
/// breadth/durations/counts as CSV or XLSX with the page's filters and the viewer's limits: what a user
/// downloads is exactly what the page showed them (suppressed the same way). Each download is audited.
/// </summary>
public class DownloadModel(ZichtDb db, RequestContext context, FigureQueries queries, IOptions<ZichtOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public FilterInput Filter { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string kind, string format, CancellationToken ct)
    {
        if (!DashboardViewer.MayView(User) || kind is not ("breadth" or "durations" or "counts") || format is not ("csv" or "xlsx"))
        {
            return NotFound();
        }
        var viewer = await DashboardViewer.LoadAsync(User, context, db, options.Value.MinimumGroupSize, ct);
        var level = Filter.LevelOr(viewer);
        var filter = viewer.Restrict(Filter.ToFilter(), level);
        // Primary suppression per row, then the complementary pattern over every table the viewer can download.
        var sides = await queries.SideBySideAsync(filter, viewer.MinimumGroupSize, ct);
        var table = kind switch
        {
            "breadth" => FigureTable.Breadth(sides.Apply(Suppression.Apply(await queries.BreadthAsync(level, filter, ct), viewer.MinimumGroupSize), filter)),
            "durations" => FigureTable.Durations(sides.Apply(Suppression.Apply(await queries.DurationsAsync(level, filter, ct), viewer.MinimumGroupSize), filter)),
            _ => FigureTable.Counts(sides.Apply(Suppression.Apply(await queries.CountsAsync(level, filter, ct), viewer.MinimumGroupSize), filter)),
        };
        db.RecordAudit(AuditActions.Download, kind, null, null, $"{format}, by {FigureLevels.Code(level)}; {ExportCommand.Describe(filter)}");
        await db.SaveChangesAsync(ct);
        var stream = new MemoryStream();
        if (format == "xlsx")
        {
            table.WriteXlsx(stream);
            return File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{kind}.xlsx");
        }
        await using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true))
        {
            table.WriteCsv(writer);
        }
        return File(stream.ToArray(), "text/csv; charset=utf-8", $"{kind}.csv");
    }
}
