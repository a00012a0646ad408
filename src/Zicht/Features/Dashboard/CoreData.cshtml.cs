using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.Dashboard;

/// <summary>Network and core data: members, meetings, crises, plan b and placements, per group and per closing-year cohort.</summary>
public class CoreDataModel(ZichtDb db, RequestContext context, DashboardData data, IOptions<ZichtOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public FilterInput Filter { get; set; } = new();

    public DashboardViewer Viewer { get; private set; } = null!;
    public FigureLevel Level { get; private set; }
    public List<CountsRow> Counts { get; private set; } = [];
    public List<CountsRow> Cohorts { get; private set; } = [];
    public List<BreadthRow> Shares { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!DashboardViewer.MayView(User))
        {
            return NotFound();
        }
        Viewer = await DashboardViewer.LoadAsync(User, context, db, options.Value.MinimumGroupSize, ct);
        Level = Filter.LevelOr(Viewer);
        (Counts, Cohorts, Shares) = await data.CoreDataAsync(Level, Viewer.Restrict(Filter.ToFilter(), Level), Viewer.MinimumGroupSize, ct);
        return Page();
    }
}
