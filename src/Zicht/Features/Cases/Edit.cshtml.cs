using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;
using Zicht.Kernel;

namespace Zicht.Features.Cases;

/// <summary>Edit the registration. Saving over someone else's newer save is refused with their values shown.</summary>
public class EditModel(ZichtDb db, RequestContext context, CaseAccess access, IStringLocalizer<SharedText> t) : RegistrationFormModel(db, context)
{
    public Case Case { get; private set; } = null!;
    public RegistrationInput? Theirs { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var found = await access.LoadAsync(id, CaseOperation.EditRegistration, "CaseRegistration");
        if (found is null)
        {
            return NotFound();
        }
        Case = found;
        Input = RegistrationInput.From(found);
        await LoadTeamChoicesAsync(found.TeamId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var found = await access.LoadAsync(id, CaseOperation.EditRegistration, "CaseRegistration");
        if (found is null)
        {
            return NotFound();
        }
        Case = found;
        var serviceId = Input.TeamId is { } teamId ? await ServiceOfAllowedTeamAsync(teamId, found.TeamId) : null;
        if (Input.TeamId is not null && serviceId is null)
        {
            ModelState.AddModelError("Input.TeamId", t["Choose one of your teams."]);
        }
        if (ModelState.IsValid && await ReferenceTakenAsync(found.OrganisationId, Input.Reference, found.Id))
        {
            ModelState.AddModelError("Input.Reference", t["This reference is already in use."]);
        }
        if (ModelState.IsValid)
        {
            Db.Entry(found).Property(c => c.Version).OriginalValue = Input.Version;
            Input.ApplyTo(found, serviceId!.Value);
            try
            {
                await Db.SaveChangesAsync();
                TempData["Flash"] = t["Changes saved."].Value;
                return Redirect($"/dossiers/{id}");
            }
            catch (DbUpdateConcurrencyException)
            {
                await ShowConflictAsync(id);
            }
        }
        await LoadTeamChoicesAsync(found.TeamId);
        return Page();
    }

    /// <summary>Keep the user's input in the form, show what the other person saved, and let them decide.</summary>
    private async Task ShowConflictAsync(Guid id)
    {
        Db.ChangeTracker.Clear();
        var current = await Db.Cases.AsNoTracking().FirstAsync(c => c.Id == id);
        Theirs = RegistrationInput.From(current);
        Input.Version = current.Version;
        ModelState.Remove("Input.Version");
        ModelState.AddModelError("", t["Someone else saved this case while you were editing. Your changes are still in the form; compare them with the saved values below and save again."]);
    }
}
