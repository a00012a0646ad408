using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Zicht.Features.Sgog.Register;

/// <summary>Attachments of an incident (sources: a written statement, a photo of a note). Judged by their bytes; erased with the incident.</summary>
[RequestSizeLimit(SgogUploads.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = SgogUploads.RequestLimit)]
public class AttachmentsModel(RegisterServices services, IOptions<SgogOptions> options) : RegisterPage(services)
{
    public SgogIncident Incident { get; private set; } = null!;
    public List<(Guid Id, string Name, string Type, long Length, DateOnly On)> Files { get; private set; } = [];
    public long MaxBytes => options.Value.MaxUploadBytes;
    [BindProperty] public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await OpenAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await OpenAsync(id, ct) || Incident.ErasedOn is not null)
        {
            return NotFound();
        }
        var (file, problem) = await SgogUploads.ReadAsync(Upload, MaxBytes, ProviderId, StaffId, Today, ct);
        if (file is null)
        {
            AddProblems([problem!]);
            return Page();
        }
        file.IncidentId = id;
        Db.Add(file);
        await Db.SaveChangesAsync(ct);
        return Back(T["{0} is added.", file.OriginalName], $"/sgog/incidenten/{id}/bijlagen");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid fileId, CancellationToken ct)
    {
        if (!await OpenAsync(id, ct))
        {
            return NotFound();
        }
        var file = await Db.Set<SgogFile>().FirstOrDefaultAsync(f => f.Id == fileId && f.IncidentId == id, ct);
        if (file is null)
        {
            return NotFound();
        }
        Db.Remove(file);
        await Db.SaveChangesAsync(ct);
        return Back(T["{0} is removed.", file.OriginalName], $"/sgog/incidenten/{id}/bijlagen");
    }

    private async Task<bool> OpenAsync(Guid id, CancellationToken ct)
    {
        if (await Services.Access.IncidentAsync(id, "SgogAttachments", ct) is not { } incident)
        {
            return false;
        }
        Incident = incident;
        Files = (await Db.Set<SgogFile>().AsNoTracking().Where(f => f.IncidentId == id).OrderBy(f => f.UploadedOn)
            .Select(f => new { f.Id, f.OriginalName, f.ContentType, f.Length, f.UploadedOn }).ToListAsync(ct))
            .Select(f => (f.Id, f.OriginalName, f.ContentType, f.Length, f.UploadedOn)).ToList();
        return true;
    }
}
