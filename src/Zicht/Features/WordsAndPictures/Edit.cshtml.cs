using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Casework;
using Zicht.Features.ChildVoice;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.WordsAndPictures;

/// <summary>Reworking a document as the story grows: text, date, pictures added or taken out. Concurrent edits are detected.</summary>
public class EditModel(CaseworkServices services, UploadStore store) : DocumentPageModel(services, store)
{
    [BindProperty] public DocumentInput Input { get; set; } = new();
    [BindProperty] public int Version { get; set; }
    public Guid DocumentId { get; private set; }
    public List<CaseUpload> Pictures { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid documentId)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "WordsAndPicturesDocument"))
        {
            return NotFound();
        }
        var d = await Db.Set<WordsAndPicturesDocument>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == documentId && x.CaseId == id);
        if (d is null)
        {
            return NotFound();
        }
        Input = new DocumentInput { Kind = d.Kind, Title = d.Title, Story = d.Story, MadeOn = d.MadeOn };
        Version = d.Version;
        await LoadPicturesAsync(documentId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid documentId)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "WordsAndPicturesDocument"))
        {
            return NotFound();
        }
        var d = await Db.Set<WordsAndPicturesDocument>().FirstOrDefaultAsync(x => x.Id == documentId && x.CaseId == id);
        if (d is null)
        {
            return NotFound();
        }
        CheckDate("Input.MadeOn", Input.MadeOn);
        if (!ModelState.IsValid || !await AddPictureAsync(documentId, Input.Picture))
        {
            await LoadPicturesAsync(documentId);
            return Page();
        }
        (d.Kind, d.Title, d.Story, d.MadeOn) = (Input.Kind, Input.Title!.Trim(), Input.Story!, Input.MadeOn!.Value);
        (var saved, Version) = await SaveEditAsync(d, Version, T["Someone else changed this document while you were editing. Your text is still in the form; save again to keep it."]);
        if (!saved)
        {
            if (StoredKey is not null)
            {
                await Store.DeleteAsync(StoredKey);
            }
            await LoadPicturesAsync(documentId);
            return Page();
        }
        return Redirect($"/dossiers/{id}/woord-en-beeld/{documentId}");
    }

    public async Task<IActionResult> OnPostRemovePictureAsync(Guid id, Guid documentId, Guid recordId)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "WordsAndPicturesDocument"))
        {
            return NotFound();
        }
        var picture = await Db.Set<CaseUpload>().AsNoTracking().FirstOrDefaultAsync(u => u.Id == recordId && u.WordsAndPicturesId == documentId);
        if (picture is not null && await RemoveAsync<CaseUpload>(recordId, null, T["Someone else changed this case. Try again."]))
        {
            await Store.DeleteAsync(picture.StorageKey);
        }
        return Redirect($"/dossiers/{id}/woord-en-beeld/{documentId}/wijzigen");
    }

    private async Task LoadPicturesAsync(Guid documentId)
    {
        DocumentId = documentId;
        Pictures = await Db.Set<CaseUpload>().AsNoTracking().Where(u => u.WordsAndPicturesId == documentId).ToListAsync();
    }
}
