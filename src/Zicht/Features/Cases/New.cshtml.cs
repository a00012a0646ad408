using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;
using Zicht.Kernel;

namespace Zicht.Features.Cases;

/// <summary>
/// Register a case (OpenCase): a caseworker or team lead files it under one of their teams. A new
/// referral of a family seen before is linked to the earlier, closed case (re-referral): that link is
/// what the core data count, and the family's minors, parents and network come along, so nobody types them twice.
/// </summary>
public class NewModel(ZichtDb db, RequestContext context, CaseAccess access, IStringLocalizer<SharedText> t) : RegistrationFormModel(db, context)
{
    /// <summary>The reference of the earlier, closed case this referral reopens (optional).</summary>
    [BindProperty(SupportsGet = true, Name = "heropent")]
    public string? EarlierReference { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!Actor.Scope.SeesTeamCases || Actor.Scope.TeamIds.Count == 0)
        {
            return NotFound();
        }
        Input = new RegistrationInput { ReferralDate = DateOnly.FromDateTime(DateTime.UtcNow), TeamId = Actor.Scope.TeamIds[0] };
        if (!string.IsNullOrWhiteSpace(EarlierReference))
        {
            if (await EarlierAsync() is not { } earlier)
            {
                return NotFound();
            }
            Input.MainTheme = earlier.MainTheme;
            Input.TeamId = Actor.Scope.TeamIds.Contains(earlier.TeamId) ? earlier.TeamId : Input.TeamId;
        }
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
        Case? reopened = null;
        if (!string.IsNullOrWhiteSpace(EarlierReference) && (reopened = await EarlierAsync()) is null)
        {
            ModelState.AddModelError(nameof(EarlierReference), t["No closed case with this reference that you may open."]);
        }
        else if (reopened is not null && Input.ReferralDate is { } referred && reopened.ClosedOn is { } closed && referred < closed)
        {
            ModelState.AddModelError("Input.ReferralDate", t["A new referral cannot be before the earlier case closed ({0}).", closed.ToString("d")]);
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
        var c = new Case { Reference = "", OrganisationId = organisationId, ResponsibleWorkerId = Actor.StaffId!.Value, ReopensCaseId = reopened?.Id };
        Input.ApplyTo(c, serviceId!.Value);
        if (reopened is not null)
        {
            await BringFamilyAlongAsync(reopened.Id, c);
        }
        Db.Cases.Add(c);
        await Db.SaveChangesAsync();
        TempData["Flash"] = (reopened is null ? t["Case {0} registered.", c.Reference] : t["Case {0} registered as a re-referral of {1}.", c.Reference, reopened.Reference]).Value;
        return Redirect($"/dossiers/{c.Id}");
    }

    /// <summary>The earlier case, if it is closed and the actor may open it (reading it is audited).</summary>
    private async Task<Case?> EarlierAsync()
    {
        var reference = EarlierReference!.Trim();
        var id = await Db.Cases.AsNoTracking().Where(c => c.Reference == reference && c.ClosedOn != null).Select(c => (Guid?)c.Id).FirstOrDefaultAsync();
        return id is { } found ? await access.LoadAsync(found, CaseOperation.Read, "CaseReopened") : null;
    }

    /// <summary>Minors, parents and network members come along; what belonged to the earlier trajectory (informed, commitments) does not.</summary>
    private async Task BringFamilyAlongAsync(Guid earlierId, Case c)
    {
        var people = await Db.CasePeople.AsNoTracking().Where(p => p.CaseId == earlierId && p.Role != PersonRole.Professional).ToListAsync();
        foreach (var p in people)
        {
            c.People.Add(new CasePerson
            {
                Role = p.Role,
                FullName = p.FullName,
                BirthDate = p.BirthDate,
                Relationship = p.Relationship,
                NetworkKind = p.NetworkKind,
                Phone = p.Phone,
            });
        }
    }
}
