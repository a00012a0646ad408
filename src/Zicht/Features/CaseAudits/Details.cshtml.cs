using Microsoft.AspNetCore.Mvc;

namespace Zicht.Features.CaseAudits;

/// <summary>One audit at a glance, for its two participants: who, why this case, where it stands, what is next.</summary>
public class DetailsModel(AuditServices services) : AuditPageModel(services)
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid auditId, CancellationToken ct) =>
        await OpenAsync(id, auditId, ct) ? Page() : NotFound();
}
