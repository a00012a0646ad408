using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Casework;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Features.CoreData;

/// <summary>Correcting a placement, most often to fill in the end date; a concurrent change is detected, never overwritten.</summary>
public class PlacementModel(CaseworkServices services) : PlacementPageModel(services)
{
    [BindProperty] public PlacementInput Placement { get; set; } = new();
    [BindProperty] public int Version { get; set; }
    public List<CasePerson> Children { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid placementId)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "OutOfHomePlacement"))
        {
            return NotFound();
        }
        var p = await Db.Set<OutOfHomePlacement>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == placementId && x.CaseId == id);
        if (p is null)
        {
            return NotFound();
        }
        Placement = new PlacementInput { ChildId = p.ChildId, Type = p.Type, StartOn = p.StartOn, EndOn = p.EndOn, Note = p.Note };
        Version = p.Version;
        await LoadChildrenAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid placementId)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "OutOfHomePlacement"))
        {
            return NotFound();
        }
        var p = await Db.Set<OutOfHomePlacement>().FirstOrDefaultAsync(x => x.Id == placementId && x.CaseId == id);
        if (p is null)
        {
            return NotFound();
        }
        var child = await CheckPlacementAsync(nameof(Placement), Placement);
        if (!ModelState.IsValid)
        {
            await LoadChildrenAsync();
            return Page();
        }
        (p.ChildId, p.Type, p.StartOn, p.EndOn, p.Note) = (child?.Id, Placement.Type, Placement.StartOn!.Value, Placement.EndOn, Placement.Note);
        (var saved, Version) = await SaveEditAsync(p, Version, T["Someone else changed this placement while you were editing. Your changes are still in the form; save again to keep them."]);
        if (!saved)
        {
            await LoadChildrenAsync();
            return Page();
        }
        return Redirect($"/dossiers/{id}/kerngegevens#placements");
    }

    private async Task LoadChildrenAsync() =>
        Children = await Db.CasePeople.AsNoTracking().Where(x => x.CaseId == Case.Id && x.Role == PersonRole.Minor).ToListAsync();
}
