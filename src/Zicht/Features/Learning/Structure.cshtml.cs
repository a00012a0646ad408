using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Features.Learning;

/// <summary>One structure: what it is, who belongs to it, and the sessions the reader may see.</summary>
[Authorize(Policy = Policies.Learning)]
public class StructureModel(LearningServices services) : LearningPageModel(services)
{
    public sealed record SessionLine(Guid Id, DateOnly HeldOn, string Theme, bool HasNote, int Attended);

    public LearningStructure Structure { get; private set; } = null!;
    public List<string> Members { get; private set; } = [];
    public List<SessionLine> Sessions { get; private set; } = [];
    public bool MayRecord { get; private set; }
    public bool MayManage { get; private set; }
    public List<(Guid Id, string Name)> Candidates { get; private set; } = [];
    [BindProperty] public Guid? NewMemberId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>Adds a member (division staff or a partner's context worker); only the facilitator or the team's lead.</summary>
    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || !MayManage)
        {
            return NotFound();
        }
        if (NewMemberId is { } staff && Candidates.Any(c => c.Id == staff))
        {
            Db.Add(new StructureMember { StructureId = id, StaffId = staff, Since = Today });
            await Db.SaveChangesAsync(ct);
        }
        return Redirect($"/leren/structuren/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var listed = await Db.Set<LearningStructure>().AsNoTracking().ListedFor(Db.Set<LearningSession>(), Viewer)
            .Include(s => s.Members).Include(s => s.Facilitator).Include(s => s.Team)
            .FirstOrDefaultAsync(s => s.Id == id, ct);
        if (listed is null)
        {
            return false;
        }
        Structure = listed;
        MayRecord = LearningVisibility.MayRecord(listed, Viewer);
        MayManage = LearningVisibility.MayManage(listed, Viewer);
        var memberIds = listed.Members.Select(m => m.StaffId).ToList();
        Members = await Db.Users.AsNoTracking().Where(u => memberIds.Contains(u.Id)).OrderBy(u => u.DisplayName).Select(u => u.DisplayName).ToListAsync(ct);
        Sessions = await Db.Set<LearningSession>().AsNoTracking().Where(s => s.StructureId == id).VisibleTo(Viewer)
            .OrderByDescending(s => s.HeldOn)
            .Select(s => new SessionLine(s.Id, s.HeldOn, s.Theme, s.FeedbackNote != null && s.FeedbackNote != "", s.Attendees.Count))
            .ToListAsync(ct);
        if (MayManage)
        {
            Candidates = (await Db.Users.AsNoTracking().Where(u => u.IsActive && !memberIds.Contains(u.Id))
                .Where(u => u.Organisation!.Kind == OrganisationKind.Division || u.Organisation.Kind == OrganisationKind.Provider)
                .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName, Org = u.Organisation!.Name }).Take(500).ToListAsync(ct))
                .Select(u => (u.Id, $"{u.DisplayName} ({u.Org})")).ToList();
        }
        return true;
    }
}
