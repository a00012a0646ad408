using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Learning;

/// <summary>
/// The directory of learning structures (purpose, composition, rhythm), so nobody has to discover them by chance
/// (38.2 % of staff did not know them, seed 001:5695–5708), and the latest notes of the structures one belongs to.
/// </summary>
[Authorize(Policy = Policies.Learning)]
public class IndexModel(LearningServices services) : LearningPageModel(services)
{
    public sealed record Entry(Guid Id, LearningKind Kind, string Name, string Purpose, string Composition, string Rhythm, string Facilitator, string? Team, string? Region, bool Member);
    public sealed record Note(Guid Id, DateOnly HeldOn, string Structure, string Theme, string FeedbackNote);

    public List<Entry> Structures { get; private set; } = [];
    public List<Note> Notes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = Viewer.StaffId;
        Structures = await Db.Set<LearningStructure>().AsNoTracking().ListedFor(Db.Set<LearningSession>(), Viewer)
            .OrderBy(s => s.Kind).ThenBy(s => s.Name)
            .Select(s => new Entry(s.Id, s.Kind, s.Name, s.Purpose, s.Composition, s.Rhythm, s.Facilitator!.DisplayName,
                s.Team == null ? null : s.Team.Name, s.Region == null ? null : s.Region.Name, s.Members.Any(m => m.StaffId == me)))
            .ToListAsync(ct);
        var since = Today.AddMonths(-6);
        Notes = await Db.Set<LearningSession>().AsNoTracking().VisibleTo(Viewer)
            .Where(s => s.FeedbackNote != null && s.FeedbackNote != "" && s.HeldOn >= since)
            .OrderByDescending(s => s.HeldOn).Take(8)
            .Select(s => new Note(s.Id, s.HeldOn, s.Structure!.Name, s.Theme, s.FeedbackNote!))
            .ToListAsync(ct);
    }
}
