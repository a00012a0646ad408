using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.ChildVoice;

/// <summary>Serves an uploaded file only after the case-access check; every download is in the audit trail.</summary>
public class DownloadModel(ZichtDb db, CaseAccess access, UploadStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid uploadId)
    {
        if (await access.LoadAsync(id, CaseOperation.Read, "CaseUpload") is null)
        {
            return NotFound();
        }
        var upload = await db.Set<CaseUpload>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == uploadId && u.CaseId == id);
        if (upload is null || !await store.ExistsAsync(upload.StorageKey))
        {
            return NotFound();
        }
        db.RecordAudit(AuditActions.Download, nameof(CaseUpload), upload.Id.ToString(), id);
        await db.SaveChangesAsync();
        // Opened after the save: the stream holds the connection until the response is sent.
        var stream = await store.OpenAsync(upload.StorageKey);
        if (stream is null)
        {
            return NotFound();
        }
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(stream, upload.ContentType);
    }
}
