using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Learning;

/// <summary>Plan a structure (a learning case, an intervision group …): the planner facilitates it and is its first member.</summary>
[Authorize(Policy = Policies.Learning)]
public class NewStructureModel(LearningServices services) : LearningPageModel(services)
{
    public sealed class Input
    {
        public LearningKind Kind { get; set; } = LearningKind.LearningCase;
        [Required(ErrorMessage = "Give a name."), StringLength(200)] public string? Name { get; set; }
        [Required(ErrorMessage = "Say what it is for."), StringLength(2000)] public string? Purpose { get; set; }
        [Required(ErrorMessage = "Say who takes part."), StringLength(1000)] public string? Composition { get; set; }
        [Required(ErrorMessage = "Say how often it meets."), StringLength(300)] public string? Rhythm { get; set; }
        public Guid? TeamId { get; set; }
        [Required(ErrorMessage = "Give the date.")] public DateOnly? StartsOn { get; set; }
        public DateOnly? EndsOn { get; set; }
    }

    [BindProperty] public Input Form { get; set; } = new();
    public List<(Guid Id, string Name)> Teams { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Viewer.IsPartner)
        {
            return NotFound();
        }
        Form.StartsOn = Today;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Viewer.IsPartner)
        {
            return NotFound();
        }
        if (Form.TeamId is { } team && !Viewer.TeamIds.Contains(team))
        {
            ModelState.AddModelError("Form.TeamId", T["Choose one of your teams."]);
        }
        if (Form.EndsOn < Form.StartsOn)
        {
            ModelState.AddModelError("Form.EndsOn", T["The end cannot be before the start."]);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var regionId = Form.TeamId is { } t ? await Db.Teams.Where(x => x.Id == t).Select(x => (Guid?)x.RegionId).FirstOrDefaultAsync(ct) : null;
        var structure = new LearningStructure
        {
            Kind = Form.Kind,
            Name = Form.Name!.Trim(),
            Purpose = Form.Purpose!.Trim(),
            Composition = Form.Composition!.Trim(),
            Rhythm = Form.Rhythm!.Trim(),
            FacilitatorId = Viewer.StaffId,
            TeamId = Form.TeamId,
            RegionId = regionId,
            StartsOn = Form.StartsOn!.Value,
            EndsOn = Form.EndsOn,
        };
        structure.Members.Add(new StructureMember { StaffId = Viewer.StaffId, Since = structure.StartsOn });
        Db.Add(structure);
        await Db.SaveChangesAsync(ct);
        return Redirect($"/leren/structuren/{structure.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var mine = Viewer.TeamIds.ToList();
        Teams = (await Db.Teams.AsNoTracking().Where(t => mine.Contains(t.Id)).OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(ct))
            .Select(t => (t.Id, t.Name)).ToList();
    }
}
