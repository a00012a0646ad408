using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;
using Zicht.Kernel;

namespace Zicht.Features.Cases;

/// <summary>Register a case (OpenCase): a caseworker or team lead files it under one of their teams.</summary>
public class NewModel(ZichtDb db, RequestContext context, IStringLocalizer<SharedText> t) : RegistrationFormModel(db, context)
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (!Actor.Scope.SeesTeamCases || Actor.Scope.TeamIds.Count == 0)
        {
            return NotFound();
        }
        Input = new RegistrationInput { ReferralDate = DateOnly.FromDateTime(DateTime.UtcNow), TeamId = Actor.Scope.TeamIds[0] };
        await LoadTeamChoicesAsync(null);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!Actor.Scope.SeesTeamCases || Actor.Scope.TeamIds.Count == 0)
        {
            return NotFound();
        }
        var serviceId = Input.TeamId is { } teamId ? await ServiceOfAllowedTeamAsync(teamId, null) : null;
        if (Input.TeamId is not null && serviceId is null)
        {
            ModelState.AddModelError("Input.TeamId", t["Choose one of your teams."]);
        }
        var organisationId = await Db.Users.Where(u => u.Id == Actor.StaffId).Select(u => u.OrganisationId).FirstAsync();
        if (ModelState.IsValid && await ReferenceTakenAsync(organisationId, Input.Reference, null))
        {
            ModelState.AddModelError("Input.Reference", t["This reference is already in use."]);
        }
        if (!ModelState.IsValid)
        {
            await LoadTeamChoicesAsync(null);
            return Page();
        }
        var c = new Case { Reference = "", OrganisationId = organisationId, ResponsibleWorkerId = Actor.StaffId!.Value };
        Input.ApplyTo(c, serviceId!.Value);
        Db.Cases.Add(c);
        await Db.SaveChangesAsync();
        TempData["Flash"] = t["Case {0} registered.", c.Reference].Value;
        return Redirect($"/dossiers/{c.Id}");
    }
}
