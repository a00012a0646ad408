using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Features.CaseAudits;

/// <summary>The audits of one case the viewer takes part in, and the way to start one.</summary>
public class CaseListModel(AuditServices services) : PageModel
{
    public Case Case { get; private set; } = null!;
    public List<AuditLine> Audits { get; private set; } = [];
    public bool CanStart { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!AuditMenu.SeesOwn(User) || await services.Access.LoadAsync(id, CaseOperation.Read, "CaseAudits", ct) is not { } found)
        {
            return NotFound();
        }
        Case = found;
        CanStart = AuditMenu.SeesOwn(User);
        Audits = services.Context.StaffId is { } me ? await AuditList.ForAsync(services.Db, me, id, ct) : [];
        return Page();
    }
}
