using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.Dashboard;

/// <summary>
/// Drill-down into one step: the trajectories of the selection in which it has not (yet) happened.
/// Only for viewers who may open their teams' cases, and only cases they may open: live cases through
/// the case query filter (CaseAccess's rule), imported ones only when they belong to the viewer's teams.
/// </summary>
public class StepModel(ZichtDb db, RequestContext context, FigureQueries queries, IOptions<ZichtOptions> options) : PageModel
{
    public sealed record Row(Guid? CaseId, string CaseRef, string? Worker, DateOnly OpenedOn, DateOnly? ClosedOn);

    [BindProperty(SupportsGet = true)]
    public FilterInput Filter { get; set; } = new();

    public TrajectoryStep Step { get; private set; } = null!;
    public List<Row> Lacking { get; private set; } = [];
    public string Query { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var step = TrajectorySteps.Dated.FirstOrDefault(s => s.Code == code);
        var viewer = DashboardViewer.MayView(User) ? await DashboardViewer.LoadAsync(User, context, db, options.Value.MinimumGroupSize, ct) : null;
        if (step is null || viewer is null || !viewer.SeesMatrix)
        {
            return NotFound();
        }
        Step = step;
        var level = Filter.LevelOr(viewer);
        Query = Filter.Query(level);
        var q = await queries.FilteredAsync(viewer.Restrict(Filter.ToFilter(), level), ct);
        var lacking = q.Where(Missing(step));
        var scope = context.Scope;
        var openable = db.Cases.Select(c => (Guid?)c.Id); // the global query filter applies the case access rule
        lacking = scope.Unrestricted ? lacking
            : lacking.Where(t => t.CaseId != null ? openable.Contains(t.CaseId) : scope.TeamIds.Contains(t.TeamId));
        Lacking = await lacking.OrderBy(t => t.OpenedOn).ThenBy(t => t.CaseRef).Take(500)
            .Select(t => new Row(t.CaseId, t.CaseRef, t.Worker, t.OpenedOn, t.ClosedOn)).ToListAsync(ct);
        db.RecordAudit(AuditActions.Read, "StepDrillDown", code, null, $"{Lacking.Count} trajectories listed");
        await db.SaveChangesAsync(ct);
        return Page();
    }

    private static System.Linq.Expressions.Expression<Func<Trajectory, bool>> Missing(TrajectoryStep step)
    {
        var date = step.Date;
        var isNull = System.Linq.Expressions.Expression.Equal(date.Body, System.Linq.Expressions.Expression.Constant(null, typeof(DateOnly?)));
        return System.Linq.Expressions.Expression.Lambda<Func<Trajectory, bool>>(isNull, date.Parameters);
    }
}
