using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;
using Zicht.Kernel;

namespace Zicht.Features.Sgog.Officers;

/// <summary>
/// Who is named SGOG officer of which provider. The administrator names and ends namings but never opens a
/// register: naming is organisation, not content (decision 043). Only staff of the provider with the role qualify.
/// </summary>
[Authorize(Policy = Policies.Administration)]
public class OfficersModel(ZichtDb db, RequestContext context, IStringLocalizer<SharedText> t, TimeProvider clock) : PageModel
{
    public sealed record Named(Guid Id, string Name, DateOnly On);
    public sealed record Provider(Guid Id, string Name, List<Named> Officers, List<(Guid Id, string Name)> Candidates);

    public List<Provider> Providers { get; private set; } = [];
    private DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostNameAsync(Guid providerId, Guid? staffId, CancellationToken ct)
    {
        await LoadAsync(ct);
        var provider = Providers.FirstOrDefault(p => p.Id == providerId);
        if (provider is null || staffId is null || provider.Candidates.All(c => c.Id != staffId))
        {
            ModelState.AddModelError("", t["Choose a staff member of this provider who has the SGOG officer role and is not named yet."]);
            return Page();
        }
        db.Add(new SgogOfficer { OrganisationId = providerId, StaffId = staffId.Value, NamedOn = Today, NamedById = context.StaffId });
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = t["Named SGOG officer of {0}.", provider.Name].Value;
        return Redirect("/beheer/sgog");
    }

    public async Task<IActionResult> OnPostEndAsync(Guid namingId, CancellationToken ct)
    {
        var naming = await db.Set<SgogOfficer>().FirstOrDefaultAsync(n => n.Id == namingId && n.EndedOn == null, ct);
        if (naming is null)
        {
            return NotFound();
        }
        naming.EndedOn = Today;
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = t["The naming is ended: the register no longer opens for this person."].Value;
        return Redirect("/beheer/sgog");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var providers = await db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Provider).OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct);
        var named = await db.Set<SgogOfficer>().AsNoTracking().Where(n => n.EndedOn == null)
            .Join(db.Users, n => n.StaffId, u => u.Id, (n, u) => new { n.Id, n.OrganisationId, n.StaffId, u.DisplayName, n.NamedOn }).ToListAsync(ct);
        var withRole = await (from u in db.Users
                              join ur in db.UserRoles on u.Id equals ur.UserId
                              join r in db.Roles on ur.RoleId equals r.Id
                              where r.Name == Roles.SgogOfficer && u.IsActive
                              select new { u.Id, u.DisplayName, u.OrganisationId }).ToListAsync(ct);
        Providers = providers.Select(p => new Provider(p.Id, p.Name,
            named.Where(n => n.OrganisationId == p.Id).Select(n => new Named(n.Id, n.DisplayName, n.NamedOn)).ToList(),
            withRole.Where(u => u.OrganisationId == p.Id && named.All(n => n.StaffId != u.Id)).Select(u => (u.Id, u.DisplayName)).ToList())).ToList();
    }
}
