using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Features.Cases;

/// <summary>
/// The caseload: my cases first, then my team's (or, for a context worker, the partnered ones), as
/// families: the names of the minors and parents. Only cases the user may open are listed (the global
/// query filter is the same rule as <see cref="CaseAccess"/>'s read), and every case whose names are
/// shown gets a "CaseList" read in its audit trail.
/// </summary>
public class IndexModel(ZichtDb db, RequestContext context) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(Guid Id, string Reference, string Service, string Team, string Worker, CasePhase Phase, DateOnly ReferralDate, bool Mine)
    {
        public List<string> Minors { get; set; } = [];
        public List<string> Parents { get; set; } = [];
    }

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool IncludeClosed { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int PageNumber { get; set; } = 1;

    public List<Row> Cases { get; private set; } = [];
    public int Total { get; private set; }
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
            var term = Search.Trim().ToLower();
            query = query.Where(c => c.Reference.ToLower().Contains(term)
                || c.People.Any(p => (p.Role == PersonRole.Minor || p.Role == PersonRole.Parent) && p.FullName.ToLower().Contains(term)));
        }
        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Cases = await query
            .OrderByDescending(c => c.ResponsibleWorkerId == me || c.Assignments.Any(a => a.StaffId == me))
            .ThenByDescending(c => c.ReferralDate).ThenBy(c => c.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(c => new Row(c.Id, c.Reference, c.Service!.Code, c.Team!.Name, c.ResponsibleWorker!.DisplayName, c.Phase, c.ReferralDate,
                c.ResponsibleWorkerId == me || c.Assignments.Any(a => a.StaffId == me)))
            .ToListAsync();
        var ids = Cases.Select(c => c.Id).ToList();
        var people = (await db.CasePeople.AsNoTracking()
            .Where(p => ids.Contains(p.CaseId) && (p.Role == PersonRole.Minor || p.Role == PersonRole.Parent))
            .OrderBy(p => p.BirthDate == null).ThenBy(p => p.BirthDate).ThenBy(p => p.FullName)
            .Select(p => new { p.CaseId, p.Role, p.FullName }).ToListAsync()).ToLookup(p => p.CaseId);
        foreach (var row in Cases)
        {
            row.Minors = people[row.Id].Where(p => p.Role == PersonRole.Minor).Select(p => p.FullName).ToList();
            row.Parents = people[row.Id].Where(p => p.Role == PersonRole.Parent).Select(p => p.FullName).ToList();
            // The names of this family were shown: a list view in the case's trail (written when the page is done).
            db.RecordAudit(AuditActions.Read, ListView, row.Id.ToString(), row.Id);
        }
        return Page();
    }

    /// <summary>What a caseload read is called in the audit trail (not an opening of the case itself).</summary>
    public const string ListView = "CaseList";
}
