using Microsoft.EntityFrameworkCore;
using Zicht.Features.Casework;
using Zicht.Features.Trajectories;
using Zicht.Kernel;

namespace Zicht.Features.CoreData;

/// <summary>The rules a placement must meet, shared by the page that adds one and the page that corrects one.</summary>
public abstract class PlacementPageModel(CaseworkServices services) : CaseworkPageModel(services)
{
    /// <summary>Checks <paramref name="p"/> (fields under <paramref name="prefix"/>); returns the child it is about, if any.</summary>
    protected async Task<CasePerson?> CheckPlacementAsync(string prefix, PlacementInput p)
    {
        var child = p.ChildId is { } cid
            ? await Db.CasePeople.AsNoTracking().FirstOrDefaultAsync(x => x.Id == cid && x.CaseId == Case.Id && x.Role == PersonRole.Minor)
            : null;
        if (p.ChildId is not null && child is null)
        {
            ModelState.AddModelError($"{prefix}.ChildId", T["Choose a child of this case."]);
        }
        if (p.Type == Placement.None)
        {
            ModelState.AddModelError($"{prefix}.Type", T["Choose the kind of placement."]);
        }
        CheckDate($"{prefix}.StartOn", p.StartOn, child?.BirthDate);
        CheckDate($"{prefix}.EndOn", p.EndOn, child?.BirthDate);
        if (p.EndOn is { } end && p.StartOn is { } start && end < start)
        {
            ModelState.AddModelError($"{prefix}.EndOn", T["The end date cannot be before the start date."]);
        }
        return child;
    }
}
