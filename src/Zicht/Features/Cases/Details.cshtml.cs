using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Features.Cases;

/// <summary>The case page: registration, people, workers and partners. Opening it is an audited read.</summary>
public class DetailsModel(ZichtDb db, CaseAccess access) : PageModel
{
    public sealed record Summary(string Service, string Team, string ResponsibleWorker, List<string> CoWorkers, List<string> Partners);

    public Case Case { get; private set; } = null!;
    public Summary Info { get; private set; } = null!;
    public List<CasePerson> People { get; private set; } = [];
    public bool CanEdit { get; private set; }
    public bool CanRecord { get; private set; }
    public bool CanReassign { get; private set; }

    public sealed record Link(Guid Id, string Reference, DateOnly ReferralDate);

    /// <summary>The earlier case this one reopens, and later cases reopening this one (only those the user may see).</summary>
    public Link? Reopens { get; private set; }
    public List<Link> ReopenedBy { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var found = await access.LoadAsync(id, CaseOperation.Read, "Case");
        if (found is null)
        {
            return NotFound();
        }
        Case = found;
        CanEdit = await access.AllowsAsync(found, CaseOperation.EditRegistration);
        CanRecord = await access.AllowsAsync(found, CaseOperation.Record);
        CanReassign = await access.AllowsAsync(found, CaseOperation.Reassign);
        Info = await db.Cases.AsNoTracking().Where(c => c.Id == id).Select(c => new Summary(
            c.Service!.Code + " – " + c.Service.Name,
            c.Team!.Name,
            c.ResponsibleWorker!.DisplayName,
            c.Assignments.Select(a => a.Staff!.DisplayName).ToList(),
            c.Partnerships.Select(p => p.Organisation!.Name).ToList())).FirstAsync();
        Reopens = await db.Cases.AsNoTracking().Where(c => c.Id == found.ReopensCaseId).Select(c => new Link(c.Id, c.Reference, c.ReferralDate)).FirstOrDefaultAsync();
        ReopenedBy = await db.Cases.AsNoTracking().Where(c => c.ReopensCaseId == id).OrderBy(c => c.ReferralDate).Select(c => new Link(c.Id, c.Reference, c.ReferralDate)).ToListAsync();
        People = await db.CasePeople.AsNoTracking().Where(p => p.CaseId == id)
            .OrderBy(p => p.Role).ThenBy(p => p.FullName).ToListAsync();
        return Page();
    }
}
