using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Audit;

namespace Zicht.Features.Sgog.Register;

/// <summary>Serves an attachment of an incident of the officer's own provider, as a download; every download is in the trail.</summary>
public class AttachmentModel(RegisterServices services) : RegisterPage(services)
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid fileId, CancellationToken ct)
    {
        var file = await Db.Set<SgogFile>().AsNoTracking()
            .FirstOrDefaultAsync(f => f.Id == fileId && f.IncidentId == id && f.OrganisationId == ProviderId, ct);
        if (file is null)
        {
            return NotFound();
        }
        Db.RecordAudit(AuditActions.Download, nameof(SgogFile), file.Id.ToString(), caseId: null);
        await Db.SaveChangesAsync(ct);
        return SgogDownload.Of(this, file);
    }
}
