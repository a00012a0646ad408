using Microsoft.AspNetCore.Mvc;

namespace Zicht.Features.CaseAudits;

/// <summary>One audit at a glance, for its two participants: who, why this case, where it stands, what is next.</summary>
public class DetailsModel(AuditServices services) : AuditPageModel(services)
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid auditId, CancellationToken ct) =>
        await OpenAsync(id, auditId, ct) ? Page() : NotFound();

    /// <summary>Stops an audit before both scorings are in; what was submitted stays, unread and uncounted.</summary>
    public async Task<IActionResult> OnPostStopAsync(Guid id, Guid auditId, CancellationToken ct)
    {
        if (!await OpenAsync(id, auditId, ct))
        {
            return NotFound();
        }
        if (!AuditRules.MayStop(Audit.Kind, Status))
        {
            ModelState.AddModelError("", T["Only an audit still being scored can be stopped."]);
            return Page();
        }
        Audit.StoppedOn = Today;
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = T["The audit is stopped. It stays in your list and is never counted."].Value;
        return Redirect(Link());
    }
}
