using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.Dashboard;

/// <summary>Months after the start per step and safety plan, and the length of closed trajectories.</summary>
public class DurationsModel(ZichtDb db, RequestContext context, DashboardData data, IOptions<ZichtOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public FilterInput Filter { get; set; } = new();

    public DashboardViewer Viewer { get; private set; } = null!;
    public FigureLevel Level { get; private set; }
    public List<DurationRow> Rows { get; private set; } = [];
    public double Threshold { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!DashboardViewer.MayView(User))
        {
            return NotFound();
        }
        Viewer = await DashboardViewer.LoadAsync(User, context, db, options.Value.MinimumGroupSize, ct);
        Level = Filter.LevelOr(Viewer);
        var filter = Viewer.Restrict(Filter.ToFilter(), Level);
        Threshold = filter.ThresholdMonths;
        Rows = await data.DurationsAsync(Level, filter, Viewer.MinimumGroupSize, ct);
        return Page();
    }
}
