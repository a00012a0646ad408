using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Casework;
using Zicht.Features.ChildVoice;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.WordsAndPictures;

public sealed class DocumentInput
{
    public DocumentKind Kind { get; set; }

    [Required(ErrorMessage = "Give a title.")]
    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Write the story.")]
    [StringLength(20000, ErrorMessage = "At most {1} characters.")]
    public string? Story { get; set; }

    [Required(ErrorMessage = "Give the date.")]
    public DateOnly? MadeOn { get; set; }
    public IFormFile? Picture { get; set; }
}

/// <summary>Words &amp; Pictures, immediate stories and timelines: text plus pictures, printable one by one.</summary>
public class IndexModel(CaseworkServices services, UploadStore store) : DocumentPageModel(services, store)
{
    [BindProperty] public DocumentInput Input { get; set; } = new();
    public List<WordsAndPicturesDocument> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Read, "WordsAndPicturesDocument"))
        {
            return NotFound();
        }
        Input.MadeOn = Today;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "WordsAndPicturesDocument"))
        {
            return NotFound();
        }
        CheckDate("Input.MadeOn", Input.MadeOn);
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var doc = new WordsAndPicturesDocument { CaseId = id, Kind = Input.Kind, Title = Input.Title!.Trim(), Story = Input.Story!, MadeOn = Input.MadeOn!.Value };
        Db.Add(doc);
        if (!await AddPictureAsync(doc.Id, Input.Picture))
        {
            await LoadAsync();
            return Page();
        }
        if (!await SaveAsync(T["Someone else changed this case. Try again."]))
        {
            await LoadAsync();
            return Page();
        }
        return Redirect($"/dossiers/{id}/woord-en-beeld/{doc.Id}");
    }

    /// <summary>Removes a document with its pictures; the stored files are deleted too.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid recordId, int version)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "WordsAndPicturesDocument"))
        {
            return NotFound();
        }
        List<CaseUpload> pictures = [];
        var removed = await RemoveAsync<WordsAndPicturesDocument>(recordId, version, T["Someone else changed this document in the meantime. Nothing was removed."], async d =>
        {
            pictures = await Db.Set<CaseUpload>().Where(u => u.WordsAndPicturesId == d.Id).ToListAsync();
            Db.RemoveRange(pictures);
        });
        if (!removed)
        {
            await LoadAsync();
            return Page();
        }
        foreach (var picture in pictures)
        {
            await Store.DeleteAsync(picture.StorageKey);
        }
        return Redirect($"/dossiers/{id}/woord-en-beeld");
    }

    private async Task LoadAsync() =>
        Documents = await Db.Set<WordsAndPicturesDocument>().AsNoTracking().Where(d => d.CaseId == Case.Id).OrderByDescending(d => d.MadeOn).ToListAsync();
}
