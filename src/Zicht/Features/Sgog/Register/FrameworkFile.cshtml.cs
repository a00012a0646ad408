using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Audit;

namespace Zicht.Features.Sgog.Register;

/// <summary>The file of a framework or procedure version of the officer's own provider; the download is in the trail.</summary>
public class FrameworkFileModel(RegisterServices services) : RegisterPage(services)
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var fileId = await Db.Set<SgogDocument>().Where(d => d.Id == id && d.OrganisationId == ProviderId).Select(d => d.FileId).FirstOrDefaultAsync(ct);
        var file = fileId is null ? null : await Db.Set<SgogFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == fileId && f.OrganisationId == ProviderId, ct);
        if (file is null)
        {
            return NotFound();
        }
        Db.RecordAudit(AuditActions.Download, nameof(SgogDocument), id.ToString(), caseId: null);
        await Db.SaveChangesAsync(ct);
        return SgogDownload.Of(this, file);
    }
}
