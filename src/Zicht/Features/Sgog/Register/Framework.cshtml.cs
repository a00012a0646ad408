using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Zicht.Features.Sgog.Register;

/// <summary>
/// The written reference framework and the procedure as versioned documents (adoption date, the procedure's
/// completeness checks, the file), the days staff and users were informed and staff trained, and the gaps.
/// </summary>
[RequestSizeLimit(SgogUploads.RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = SgogUploads.RequestLimit)]
public class FrameworkModel(RegisterServices services, IOptions<SgogOptions> options) : RegisterPage(services)
{
    public DocumentInput Doc { get; set; } = new();
    public AwarenessInput Aware { get; set; } = new();
    public List<SgogDocument> Documents { get; private set; } = [];
    public Dictionary<Guid, string> FileNames { get; private set; } = [];
    public List<SgogAwareness> Awareness { get; private set; } = [];
    public List<Gap> Gaps { get; private set; } = [];
    public long MaxBytes => options.Value.MaxUploadBytes;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Aware.On = Doc.AdoptedOn = Today;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostDocumentAsync([Bind(Prefix = nameof(Doc))] DocumentInput doc, IFormFile? upload, CancellationToken ct)
    {
        Doc = doc;
        if (doc.AdoptedOn > Today)
        {
            ModelState.AddModelError("Doc.AdoptedOn", T["The adoption date cannot be in the future."]);
        }
        SgogFile? file = null;
        if (upload is not null)
        {
            (file, var problem) = await SgogUploads.ReadAsync(upload, MaxBytes, ProviderId, StaffId, Today, ct);
            if (problem is not null)
            {
                ModelState.AddModelError("Upload", T[problem.Text, problem.Args] + " " + T["What you typed is kept: choose the file again."]);
            }
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var kind = doc.Kind!.Value;
        var version = new SgogDocument
        {
            OrganisationId = ProviderId,
            Kind = kind,
            Title = doc.Title!.Trim(),
            AdoptedOn = doc.AdoptedOn!.Value,
            Notes = doc.Notes?.Trim(),
            AddedOn = Today,
            AddedById = StaffId,
            FileId = file?.Id,
            CoversPrevention = doc.CoversPrevention,
            CoversDetection = doc.CoversDetection,
            CoversResponse = doc.CoversResponse,
            CoversRegistration = doc.CoversRegistration,
        };
        if (file is not null)
        {
            Db.Add(file);
        }
        Db.Add(version);
        // Versions are numbered per document; two officers adding one at once both get theirs, one number apart.
        for (var attempt = 1; ; attempt++)
        {
            version.Number = (await Db.Set<SgogDocument>().Where(d => d.OrganisationId == ProviderId && d.Kind == kind).MaxAsync(d => (int?)d.Number, ct) ?? 0) + 1;
            try
            {
                await Db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
            }
        }
        return Back(T["Version {0} of the {1} is added.", version.Number, T[$"SgogDocumentKind.{kind}"].Value.ToLowerInvariant()], "/sgog/kader");
    }

    public async Task<IActionResult> OnPostAwarenessAsync([Bind(Prefix = nameof(Aware))] AwarenessInput aware, CancellationToken ct)
    {
        Aware = aware;
        if (aware.On > Today)
        {
            ModelState.AddModelError("Aware.On", T["The date cannot be in the future."]);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        Db.Add(new SgogAwareness { OrganisationId = ProviderId, Kind = aware.Kind!.Value, On = aware.On!.Value, Description = aware.Description!.Trim(), Participants = aware.Participants });
        await Db.SaveChangesAsync(ct);
        return Back(T["Saved."], "/sgog/kader");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Documents = await Db.Set<SgogDocument>().AsNoTracking().Where(d => d.OrganisationId == ProviderId)
            .OrderBy(d => d.Kind).ThenByDescending(d => d.Number).ToListAsync(ct);
        var fileIds = Documents.Where(d => d.FileId is not null).Select(d => d.FileId!.Value).ToList();
        FileNames = await Db.Set<SgogFile>().AsNoTracking().Where(f => fileIds.Contains(f.Id))
            .Select(f => new { f.Id, f.OriginalName }).ToDictionaryAsync(f => f.Id, f => f.OriginalName, ct);
        Awareness = await Db.Set<SgogAwareness>().AsNoTracking().Where(a => a.OrganisationId == ProviderId).OrderByDescending(a => a.On).ToListAsync(ct);
        Gaps = await SgogGaps.OfAsync(Db, ProviderId, ct);
        RecordRead("SgogFramework");
    }
}
