using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Features.Cases;

/// <summary>
/// The caseload: my cases first, then my team's (or, for a context worker, the partnered ones).
/// Lists show no names of family members: those appear only on the (audited) case page.
/// </summary>
public class IndexModel(ZichtDb db, RequestContext context) : PageModel
{
    public sealed record Row(Guid Id, string Reference, string Service, string Team, string Worker, CasePhase Phase, DateOnly ReferralDate, bool Mine);

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool IncludeClosed { get; set; }

    public List<Row> Cases { get; private set; } = [];
    public bool CanOpenCase { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!context.Scope.SeesTeamCases && !context.Scope.SeesPartneredCases)
        {
            return NotFound();
        }
        CanOpenCase = context.Scope.SeesTeamCases && context.Scope.TeamIds.Count > 0;
        var me = context.StaffId;
        // The global query filter limits this to cases the actor may see.
        var query = db.Cases.AsNoTracking();
        if (!IncludeClosed)
        {
            query = query.Where(c => c.Phase != CasePhase.Closed);
        }
        if (!string.IsNullOrWhiteSpace(Search))
        {
            var term = Search.Trim();
            query = query.Where(c => c.Reference.Contains(term));
        }
        Cases = await query
            .OrderByDescending(c => c.ResponsibleWorkerId == me || c.Assignments.Any(a => a.StaffId == me))
            .ThenByDescending(c => c.ReferralDate)
            .Take(500)
            .Select(c => new Row(c.Id, c.Reference, c.Service!.Code, c.Team!.Name, c.ResponsibleWorker!.DisplayName, c.Phase, c.ReferralDate,
                c.ResponsibleWorkerId == me || c.Assignments.Any(a => a.StaffId == me)))
            .ToListAsync();
        return Page();
    }
}
