using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zicht.Infrastructure.Audit;

namespace Zicht.Features.CaseAudits;

/// <summary>"My audits": the worker's own audits and the ones a reviewer took part in. Nobody else's.</summary>
public class MineModel(AuditServices services) : PageModel
{
    public List<AuditLine> Audits { get; private set; } = [];
    public bool SeesOverview => AuditMenu.SeesAggregates(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!AuditMenu.SeesOwn(User) || services.Context.StaffId is not { } me)
        {
            return NotFound();
        }
        Audits = await AuditList.ForAsync(services.Db, me, null, ct);
        services.Db.RecordAudit(AuditActions.Read, "CaseAuditList", me.ToString(), null);
        return Page();
    }
}
