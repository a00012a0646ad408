using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Casework;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Features.ChildVoice;

public sealed class ChildVoiceInput
{
    [Required(ErrorMessage = "Choose the child.")]
    public Guid? ChildId { get; set; }
    public ChildVoiceTool Tool { get; set; }
    public ChildVoicePart Part { get; set; }

    [Required(ErrorMessage = "Give the date.")]
    public DateOnly? RecordedOn { get; set; }

    [Required(ErrorMessage = "Write down the child's words.")]
    [StringLength(4000, ErrorMessage = "At most {1} characters.")]
    public string? ChildWords { get; set; }

    /// <summary>The child agreed that parents may see this.</summary>
    public bool SharedWithParents { get; set; }
    public IFormFile? Drawing { get; set; }
}

/// <summary>The child's voice: Three Houses, Fairy/Wizard and Safe House in the child's words, with drawings.</summary>
public class IndexModel(CaseworkServices services, UploadStore store) : CaseworkPageModel(services)
{
    public sealed record Row(ChildVoiceRecord Record, string Child, List<CaseUpload> Drawings);

    [BindProperty] public ChildVoiceInput Input { get; set; } = new();
    public List<CasePerson> Children { get; private set; } = [];
    public List<Row> Records { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Read, "ChildVoiceRecord"))
        {
            return NotFound();
        }
        Input.RecordedOn = Today;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "ChildVoiceRecord"))
        {
            return NotFound();
        }
        var child = Input.ChildId is { } childId
            ? await Db.CasePeople.AsNoTracking().FirstOrDefaultAsync(p => p.Id == childId && p.CaseId == id && p.Role == PersonRole.Minor)
            : null;
        if (Input.ChildId is not null && child is null)
        {
            ModelState.AddModelError("Input.ChildId", T["Choose a child of this case."]);
        }
        CheckDate("Input.RecordedOn", Input.RecordedOn, child?.BirthDate);
        if (Input.Drawing is { } file && file.Length > store.MaxBytes)
        {
            ModelState.AddModelError("Input.Drawing", T["The file is too large (at most {0} MB).", store.MaxBytes / (1024 * 1024)]);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        var record = new ChildVoiceRecord { CaseId = id, ChildId = child!.Id, Tool = Input.Tool, Part = Input.Part, RecordedOn = Input.RecordedOn!.Value, ChildWords = Input.ChildWords!.Trim(), SharedWithParents = Input.SharedWithParents };
        Db.Add(record);
        if (Input.Drawing is { } drawing)
        {
            var (key, type, error) = await store.SaveAsync(drawing, id);
            if (error is not null)
            {
                // Nothing is saved: the words stay in the form so the worker only picks another file.
                ModelState.AddModelError("Input.Drawing", T[error]);
                Db.ChangeTracker.Clear();
                await LoadAsync();
                return Page();
            }
            Db.Add(new CaseUpload { CaseId = id, ChildVoiceRecordId = record.Id, OriginalName = Path.GetFileName(drawing.FileName), ContentType = type!, Length = drawing.Length, StorageKey = key!, SharedWithParents = Input.SharedWithParents });
        }
        if (!await SaveAsync(T["Someone else changed this case. Try again."]))
        {
            await LoadAsync();
            return Page();
        }
        TempData["Flash"] = T["The child's words are saved."].Value;
        return Redirect($"/dossiers/{id}/stem-van-het-kind");
    }

    /// <summary>The child may change their mind: sharing with the parents is switched on or off, drawings included.</summary>
    public async Task<IActionResult> OnPostConsentAsync(Guid id, Guid recordId, int version, bool shared)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "ChildVoiceRecord"))
        {
            return NotFound();
        }
        ModelState.Clear();
        var record = await Db.Set<ChildVoiceRecord>().FirstOrDefaultAsync(r => r.Id == recordId && r.CaseId == id);
        if (record is null)
        {
            return NotFound();
        }
        Db.Entry(record).Property(r => r.Version).OriginalValue = version;
        record.SharedWithParents = shared;
        foreach (var drawing in await Db.Set<CaseUpload>().Where(u => u.ChildVoiceRecordId == recordId).ToListAsync())
        {
            drawing.SharedWithParents = shared;
        }
        if (!await SaveAsync(T["Someone else changed these words of the child in the meantime. Nothing was changed; look again and choose."]))
        {
            await LoadAsync();
            return Page();
        }
        TempData["Flash"] = (shared ? T["The parents may now see this."] : T["This is now hidden from the parents."]).Value;
        return Redirect($"/dossiers/{id}/stem-van-het-kind");
    }

    /// <summary>Removes the child's words with their drawings; the stored files are deleted too.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid recordId, int version)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "ChildVoiceRecord"))
        {
            return NotFound();
        }
        List<CaseUpload> drawings = [];
        var removed = await RemoveAsync<ChildVoiceRecord>(recordId, version, T["Someone else changed these words of the child in the meantime. Nothing was removed."], async r =>
        {
            drawings = await Db.Set<CaseUpload>().Where(u => u.ChildVoiceRecordId == r.Id).ToListAsync();
            Db.RemoveRange(drawings);
        });
        if (!removed)
        {
            await LoadAsync();
            return Page();
        }
        foreach (var drawing in drawings)
        {
            await store.DeleteAsync(drawing.StorageKey);
        }
        return Redirect($"/dossiers/{id}/stem-van-het-kind");
    }

    private async Task LoadAsync()
    {
        var id = Case.Id;
        Children = await Db.CasePeople.AsNoTracking().Where(p => p.CaseId == id && p.Role == PersonRole.Minor).OrderBy(p => p.BirthDate).ToListAsync();
        var records = await Db.Set<ChildVoiceRecord>().AsNoTracking().Where(r => r.CaseId == id).OrderByDescending(r => r.RecordedOn).ToListAsync();
        var uploads = (await Db.Set<CaseUpload>().AsNoTracking().Where(u => u.CaseId == id && u.ChildVoiceRecordId != null).ToListAsync())
            .ToLookup(u => u.ChildVoiceRecordId);
        var names = Children.ToDictionary(c => c.Id, c => c.FullName);
        Records = records.Select(r => new Row(r, names.GetValueOrDefault(r.ChildId, "?"), uploads[r.Id].ToList())).ToList();
    }
}
