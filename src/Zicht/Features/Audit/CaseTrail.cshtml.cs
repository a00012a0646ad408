using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Audit;

/// <summary>For one case: who viewed and who changed what, when. Looking at the trail is itself recorded.</summary>
[Authorize(Policy = Policies.AuditTrail)]
public class CaseTrailModel(ZichtDb db) : PageModel
{
    public const int PageSize = 200;

    public string Reference { get; private set; } = "";
    public List<AuditRow> Rows { get; private set; } = [];
    public bool ShowsValues { get; private set; }

    [BindProperty(SupportsGet = true)]
    public long? Before { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        // The trail is read without the case scope: these roles never see case content, only its trail.
        var reference = await db.Cases.IgnoreQueryFilters().Where(c => c.Id == id).Select(c => c.Reference).FirstOrDefaultAsync();
        if (reference is null)
        {
            return NotFound();
        }
        Reference = reference;
        ShowsValues = User.Allows(Policies.AuditValues);
        var query = db.AuditTrail.AsNoTracking().Where(a => a.CaseId == id);
        if (Before is { } before)
        {
            query = query.Where(a => a.Sequence < before);
        }
        Rows = (await query.OrderByDescending(a => a.Sequence).Take(PageSize).ToListAsync())
            .Select(a => AuditRow.From(a, ShowsValues)).ToList();
        db.RecordAudit(AuditActions.Read, "AuditTrail", id.ToString(), null);
        await db.SaveChangesAsync();
        return Page();
    }
}
