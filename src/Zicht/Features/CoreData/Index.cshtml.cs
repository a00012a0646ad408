using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Casework;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Features.CoreData;

public sealed class PlacementInput
{
    public Guid? ChildId { get; set; }
    public Placement Type { get; set; } = Placement.FamilyNetwork;

    [Required(ErrorMessage = "Give the start date.")]
    public DateOnly? StartOn { get; set; }
    public DateOnly? EndOn { get; set; }

    [StringLength(1000, ErrorMessage = "At most {1} characters.")]
    public string? Note { get; set; }
}

public sealed class CrisisInput
{
    [Required(ErrorMessage = "Give the date.")]
    public DateOnly? On { get; set; }

    [StringLength(1000, ErrorMessage = "At most {1} characters.")]
    public string? Note { get; set; }
}

/// <summary>Core data (harde uitkomsten): out-of-home placements and crisis interventions; closure and re-referral shown from the registration.</summary>
public class IndexModel(CaseworkServices services) : PlacementPageModel(services)
{
    [BindProperty] public PlacementInput NewPlacement { get; set; } = new();
    [BindProperty] public CrisisInput Crisis { get; set; } = new();
    public List<CasePerson> Children { get; private set; } = [];
    public List<OutOfHomePlacement> Placements { get; private set; } = [];
    public List<CrisisIntervention> Crises { get; private set; } = [];
    public string? ReopensReference { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Read, "CoreData"))
        {
            return NotFound();
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostPlacementAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "OutOfHomePlacement"))
        {
            return NotFound();
        }
        var p = NewPlacement;
        var child = await CheckPlacementAsync(nameof(NewPlacement), p);
        if (!Valid("NewPlacement"))
        {
            await LoadAsync();
            return Page();
        }
        Db.Add(new OutOfHomePlacement { CaseId = id, ChildId = child?.Id, Type = p.Type, StartOn = p.StartOn!.Value, EndOn = p.EndOn, Note = p.Note });
        if (!await SaveAsync(T["Someone else changed this case. Try again."]))
        {
            return await RedisplayAsync();
        }
        return Redirect($"/dossiers/{id}/kerngegevens");
    }

    public async Task<IActionResult> OnPostCrisisAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "CrisisIntervention"))
        {
            return NotFound();
        }
        CheckDate("Crisis.On", Crisis.On);
        if (!Valid("Crisis"))
        {
            await LoadAsync();
            return Page();
        }
        Db.Add(new CrisisIntervention { CaseId = id, On = Crisis.On!.Value, Note = Crisis.Note });
        if (!await SaveAsync(T["Someone else changed this case. Try again."]))
        {
            return await RedisplayAsync();
        }
        return Redirect($"/dossiers/{id}/kerngegevens");
    }

    public async Task<IActionResult> OnPostRemovePlacementAsync(Guid id, Guid recordId, int version)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "OutOfHomePlacement"))
        {
            return NotFound();
        }
        return await RemoveAsync<OutOfHomePlacement>(recordId, version, T["Someone else changed this placement. Nothing was removed."])
            ? Redirect($"/dossiers/{id}/kerngegevens#placements")
            : await RedisplayAsync();
    }

    public async Task<IActionResult> OnPostRemoveCrisisAsync(Guid id, Guid recordId)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "CrisisIntervention"))
        {
            return NotFound();
        }
        return await RemoveAsync<CrisisIntervention>(recordId, null, T["Someone else changed this case. Try again."])
            ? Redirect($"/dossiers/{id}/kerngegevens#crises")
            : await RedisplayAsync();
    }

    private async Task<IActionResult> RedisplayAsync()
    {
        await LoadAsync();
        return Page();
    }

    private bool Valid(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => k.Length > 0 && !k.StartsWith(prefix + ".", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
        return ModelState.IsValid;
    }

    private async Task LoadAsync()
    {
        var id = Case.Id;
        Children = await Db.CasePeople.AsNoTracking().Where(p => p.CaseId == id && p.Role == PersonRole.Minor).ToListAsync();
        Placements = await Db.Set<OutOfHomePlacement>().AsNoTracking().Where(p => p.CaseId == id).OrderBy(p => p.StartOn).ToListAsync();
        Crises = await Db.Set<CrisisIntervention>().AsNoTracking().Where(c => c.CaseId == id).OrderBy(c => c.On).ToListAsync();
        ReopensReference = Case.ReopensCaseId is { } earlier
            ? await Db.Cases.Where(c => c.Id == earlier).Select(c => c.Reference).FirstOrDefaultAsync()
            : null;
    }
}
