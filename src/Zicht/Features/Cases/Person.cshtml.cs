using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;
using Zicht.Kernel;

namespace Zicht.Features.Cases;

/// <summary>Add or edit one person of a case ("nieuw" for a new one); concurrent edits are detected.</summary>
public class PersonModel(ZichtDb db, CaseAccess access, IStringLocalizer<SharedText> t) : PageModel
{
    [BindProperty]
    public PersonInput Input { get; set; } = new();

    public Case Case { get; private set; } = null!;
    public bool IsNew { get; private set; }
    public PersonInput? Theirs { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string personId, PersonRole? role)
    {
        var (found, person) = await LoadAsync(id, personId);
        if (found is null || (!IsNew && person is null))
        {
            return NotFound();
        }
        Input = person is null ? new PersonInput { Role = role ?? PersonRole.Minor } : PersonInput.From(person);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string personId)
    {
        var (found, person) = await LoadAsync(id, personId);
        if (found is null || (!IsNew && person is null))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        person ??= db.CasePeople.Add(new CasePerson { CaseId = id, FullName = "" }).Entity;
        if (!IsNew)
        {
            db.Entry(person).Property(p => p.Version).OriginalValue = Input.Version;
        }
        Input.ApplyTo(person);
        return await SaveAsync(id, person.Id, t["{0} saved.", person.FullName]);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, string personId)
    {
        var (found, person) = await LoadAsync(id, personId);
        if (found is null || person is null)
        {
            return NotFound();
        }
        db.Entry(person).Property(p => p.Version).OriginalValue = Input.Version;
        db.CasePeople.Remove(person);
        return await SaveAsync(id, person.Id, t["{0} removed from the case.", person.FullName]);
    }

    private async Task<IActionResult> SaveAsync(Guid caseId, Guid personId, string flash)
    {
        try
        {
            await db.SaveChangesAsync();
            TempData["Flash"] = flash;
            return Redirect($"/dossiers/{caseId}");
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.CasePeople.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId);
            Theirs = current is null ? null : PersonInput.From(current);
            Input.Version = current?.Version ?? 0;
            ModelState.Remove("Input.Version");
            ModelState.AddModelError("", current is null
                ? t["Someone else removed this person while you were editing."]
                : t["Someone else saved this person while you were editing. Your changes are still in the form; compare them with the saved values below and save again."]);
            return Page();
        }
    }

    private async Task<(Case?, CasePerson?)> LoadAsync(Guid id, string personId)
    {
        IsNew = personId == "nieuw";
        Guid? parsed = Guid.TryParse(personId, out var g) ? g : null;
        if (!IsNew && parsed is null)
        {
            return (null, null);
        }
        var found = await access.LoadAsync(id, CaseOperation.Record, "CasePerson");
        if (found is null)
        {
            return (null, null);
        }
        Case = found;
        var person = parsed is null ? null : await db.CasePeople.FirstOrDefaultAsync(p => p.Id == parsed && p.CaseId == id);
        return (found, person);
    }
}
