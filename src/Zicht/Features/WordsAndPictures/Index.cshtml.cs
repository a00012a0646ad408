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
public class IndexModel(CaseworkServices services, UploadStore store) : CaseworkPageModel(services)
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
        if (Input.Picture is { } picture)
        {
            var (key, type, error) = await store.SaveAsync(picture, id);
            if (error is not null)
            {
                ModelState.AddModelError("Input.Picture", T[error]);
                Db.ChangeTracker.Clear();
                await LoadAsync();
                return Page();
            }
            // Made with and for the family, so its pictures are part of what parents see.
            Db.Add(new CaseUpload { CaseId = id, WordsAndPicturesId = doc.Id, OriginalName = Path.GetFileName(picture.FileName), ContentType = type!, Length = picture.Length, StorageKey = key!, SharedWithParents = true });
        }
        await SaveAsync(T["Someone else changed this case. Try again."]);
        return Redirect($"/dossiers/{id}/woord-en-beeld/{doc.Id}");
    }

    private async Task LoadAsync() =>
        Documents = await Db.Set<WordsAndPicturesDocument>().AsNoTracking().Where(d => d.CaseId == Case.Id).OrderByDescending(d => d.MadeOn).ToListAsync();
}
