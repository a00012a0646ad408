using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.Dashboard;

/// <summary>
/// The practice dashboard (breadth): per group the share of trajectories in which each step happened,
/// a trend by closing year, and for team members the step × case matrix. Groups are always in name
/// order: the page compares, it never ranks.
/// </summary>
public class IndexModel(ZichtDb db, RequestContext context, DashboardData data, IOptions<ZichtOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public FilterInput Filter { get; set; } = new();

    public DashboardViewer Viewer { get; private set; } = null!;
    public FigureLevel Level { get; private set; }
    public BreadthView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!DashboardViewer.MayView(User))
        {
            return NotFound();
        }
        Viewer = await DashboardViewer.LoadAsync(User, context, db, options.Value.MinimumGroupSize, ct);
        Level = Filter.LevelOr(Viewer);
        var filter = Viewer.Restrict(Filter.ToFilter(), Level);
        View = await data.BreadthAsync(Level, filter, Viewer.SeesMatrix && Level == FigureLevel.Team, Viewer.MinimumGroupSize, ct);
        return Page();
    }
}
