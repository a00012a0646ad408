using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;
using Zicht.Kernel;

namespace Zicht.Features.Cases;

/// <summary>The team lead gives a case another responsible worker, co-workers (tandem) and provider partners.</summary>
public class ReassignModel(ZichtDb db, CaseAccess access, IStringLocalizer<SharedText> t) : PageModel
{
    public sealed record Choice(Guid Id, string Name);

    [BindProperty] public Guid ResponsibleWorkerId { get; set; }
    [BindProperty] public List<Guid> CoWorkerIds { get; set; } = [];
    [BindProperty] public List<Guid> PartnerIds { get; set; } = [];
    [BindProperty] public int Version { get; set; }

    public Case Case { get; private set; } = null!;
    public List<Choice> Workers { get; private set; } = [];
    public List<Choice> Providers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        ResponsibleWorkerId = Case.ResponsibleWorkerId;
        CoWorkerIds = Case.Assignments.Select(a => a.StaffId).ToList();
        PartnerIds = Case.Partnerships.Select(p => p.OrganisationId).ToList();
        Version = Case.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        // Ids from the form are checked against what this team lead may choose from.
        if (Workers.All(w => w.Id != ResponsibleWorkerId))
        {
            ModelState.AddModelError(nameof(ResponsibleWorkerId), t["Choose a member of the team."]);
        }
        if (CoWorkerIds.Any(c => Workers.All(w => w.Id != c)) || PartnerIds.Any(p => Providers.All(o => o.Id != p)))
        {
            ModelState.AddModelError("", t["The form contains a choice that is not available."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        db.Entry(Case).Property(c => c.Version).OriginalValue = Version;
        Case.ResponsibleWorkerId = ResponsibleWorkerId;
        Case.Version++; // a reassignment is a change of the case, so a concurrent reassignment conflicts
        Case.Assignments.RemoveAll(a => !CoWorkerIds.Contains(a.StaffId) || a.StaffId == ResponsibleWorkerId);
        foreach (var add in CoWorkerIds.Where(c => c != ResponsibleWorkerId && Case.Assignments.All(a => a.StaffId != c)))
        {
            Case.Assignments.Add(new CaseAssignment { CaseId = id, StaffId = add });
        }
        Case.Partnerships.RemoveAll(p => !PartnerIds.Contains(p.OrganisationId));
        foreach (var add in PartnerIds.Where(p => Case.Partnerships.All(x => x.OrganisationId != p)))
        {
            Case.Partnerships.Add(new CasePartnership { CaseId = id, OrganisationId = add, Since = DateOnly.FromDateTime(DateTime.UtcNow) });
        }
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", t["Someone else changed this case meanwhile. Reload the page and try again."]);
            return Page();
        }
        TempData["Flash"] = t["Assignment saved."].Value;
        return Redirect($"/dossiers/{id}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var found = await access.LoadAsync(id, CaseOperation.Reassign, "CaseAssignment");
        if (found is null)
        {
            return false;
        }
        Case = found;
        Workers = await db.TeamMemberships.AsNoTracking().Where(m => m.TeamId == found.TeamId)
            .Join(db.Users, m => m.StaffId, u => u.Id, (m, u) => u).OrderBy(u => u.DisplayName)
            .Select(u => new Choice(u.Id, u.DisplayName)).ToListAsync();
        Providers = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Provider)
            .OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name)).ToListAsync();
        return true;
    }
}
