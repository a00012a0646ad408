using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;

namespace Zicht.Features.Admin;

/// <summary>
/// Renaming a node of the organisation tree (organisation, service, region, team). The form carries the
/// name it was opened with: if someone renamed the node meanwhile, nothing is overwritten.
/// </summary>
[Authorize(Policy = Policies.Administration)]
public class RenameModel(ZichtDb db, IStringLocalizer<SharedText> t) : PageModel
{
    /// <summary>The URL word for each kind of node, as in /beheer/team/{id}.</summary>
    public static readonly string[] Kinds = ["organisatie", "dienst", "regio", "team"];

    [BindProperty]
    [Required(ErrorMessage = "{0} is required.")]
    [StringLength(200, ErrorMessage = "{0} can be at most {1} characters.")]
    [Display(Name = "Name")]
    public string Name { get; set; } = "";

    [BindProperty]
    [StringLength(40, ErrorMessage = "{0} can be at most {1} characters.")]
    [Display(Name = "Code")]
    public string? Code { get; set; }

    /// <summary>Name and code as they were when the form was opened.</summary>
    [BindProperty] public string OriginalName { get; set; } = "";
    [BindProperty] public string? OriginalCode { get; set; }

    public string Kind { get; private set; } = "";
    public bool HasCode => Kind is "organisatie" or "dienst";

    public async Task<IActionResult> OnGetAsync(string kind, Guid id)
    {
        if (await FindAsync(kind, id) is not { } node)
        {
            return NotFound();
        }
        (Name, Code) = (node.Name, node.Code);
        (OriginalName, OriginalCode) = (node.Name, node.Code);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind, Guid id)
    {
        if (await FindAsync(kind, id) is not { } node)
        {
            return NotFound();
        }
        if (HasCode && string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), t["{0} is required.", t["Code"]]);
        }
        if (node.Name != OriginalName || node.Code != OriginalCode)
        {
            ModelState.AddModelError("", t["Someone else renamed this meanwhile (now: {0}). Nothing was changed; check and save again.", node.Name]);
            (OriginalName, OriginalCode) = (node.Name, node.Code);
            ModelState.Remove(nameof(OriginalName));
            ModelState.Remove(nameof(OriginalCode));
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        node.Rename(Name.Trim(), HasCode ? Code!.Trim().ToUpperInvariant() : null);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("", t["This name or code already exists there."]);
            return Page();
        }
        TempData["Flash"] = t["Renamed to {0}.", Name.Trim()].Value;
        return Redirect("/beheer");
    }

    private sealed record Node(string Name, string? Code, Action<string, string?> Rename);

    private async Task<Node?> FindAsync(string kind, Guid id)
    {
        Kind = kind;
        switch (kind)
        {
            case "organisatie":
                var o = await db.Organisations.FirstOrDefaultAsync(x => x.Id == id);
                return o is null ? null : new Node(o.Name, o.Code, (n, c) => (o.Name, o.Code) = (n, c!));
            case "dienst":
                var s = await db.Services.FirstOrDefaultAsync(x => x.Id == id);
                return s is null ? null : new Node(s.Name, s.Code, (n, c) => (s.Name, s.Code) = (n, c!));
            case "regio":
                var r = await db.Regions.FirstOrDefaultAsync(x => x.Id == id);
                return r is null ? null : new Node(r.Name, null, (n, _) => r.Name = n);
            case "team":
                var team = await db.Teams.FirstOrDefaultAsync(x => x.Id == id);
                return team is null ? null : new Node(team.Name, null, (n, _) => team.Name = n);
            default:
                return null;
        }
    }
}
