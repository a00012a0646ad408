using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;
using Zicht.Kernel;
using Org = Zicht.Kernel;

namespace Zicht.Features.Admin;

/// <summary>The organisation tree: organisations → services, regions, teams (service × region). Administrators only.</summary>
[Authorize(Policy = Policies.Administration)]
public class IndexModel(ZichtDb db, IStringLocalizer<SharedText> t) : PageModel
{
    public sealed record TeamRow(Guid Id, string Name, string Organisation, string Service, string Region, int Members);

    public sealed class NameInput
    {
        [Required(ErrorMessage = "{0} is required.")]
        [StringLength(200, ErrorMessage = "{0} can be at most {1} characters.")]
        [Display(Name = "Name")]
        public string Name { get; set; } = "";

        [StringLength(40, ErrorMessage = "{0} can be at most {1} characters.")]
        [Display(Name = "Code")]
        public string? Code { get; set; }

        public Guid? ParentId { get; set; }
        public Guid? RegionId { get; set; }
        public OrganisationKind Kind { get; set; } = OrganisationKind.Provider;
    }

    [BindProperty] public NameInput Input { get; set; } = new();

    public List<Org.Organisation> Organisations { get; private set; } = [];
    public List<Region> Regions { get; private set; } = [];
    public List<TeamRow> Teams { get; private set; } = [];

    public Task OnGetAsync() => LoadAsync();

    public Task<IActionResult> OnPostOrganisationAsync() => AddAsync(() =>
        db.Organisations.Add(new Org.Organisation { Name = Input.Name.Trim(), Code = (Input.Code ?? Input.Name).Trim().ToUpperInvariant(), Kind = Input.Kind }),
        requiresCode: true);

    public Task<IActionResult> OnPostServiceAsync() => AddAsync(() =>
        db.Services.Add(new Service { Name = Input.Name.Trim(), Code = Input.Code!.Trim().ToUpperInvariant(), OrganisationId = Input.ParentId!.Value }),
        requiresCode: true, requiresParent: true);

    public Task<IActionResult> OnPostRegionAsync() => AddAsync(() => db.Regions.Add(new Region { Name = Input.Name.Trim() }));

    public Task<IActionResult> OnPostTeamAsync() => AddAsync(() =>
        db.Teams.Add(new Team { Name = Input.Name.Trim(), ServiceId = Input.ParentId!.Value, RegionId = Input.RegionId!.Value }),
        requiresParent: true, requiresRegion: true);

    private async Task<IActionResult> AddAsync(Action add, bool requiresCode = false, bool requiresParent = false, bool requiresRegion = false)
    {
        if (requiresCode && string.IsNullOrWhiteSpace(Input.Code))
        {
            ModelState.AddModelError("Input.Code", t["{0} is required.", t["Code"]]);
        }
        if ((requiresParent && Input.ParentId is null) || (requiresRegion && Input.RegionId is null))
        {
            ModelState.AddModelError("", t["Choose where it belongs."]);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        add();
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", t["This name or code already exists there."]);
            await LoadAsync();
            return Page();
        }
        TempData["Flash"] = t["{0} added.", Input.Name].Value;
        return Redirect("/beheer");
    }

    private async Task LoadAsync()
    {
        Organisations = await db.Organisations.AsNoTracking().Include(o => o.Services).OrderBy(o => o.Kind).ThenBy(o => o.Name).ToListAsync();
        Regions = await db.Regions.AsNoTracking().OrderBy(r => r.Name).ToListAsync();
        Teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new TeamRow(t.Id, t.Name, t.Service!.Organisation!.Name, t.Service.Code, t.Region!.Name, t.Members.Count)).ToListAsync();
    }
}
