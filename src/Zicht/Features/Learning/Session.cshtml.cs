using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Learning;

/// <summary>
/// One session and its note for colleagues. Visible to the structure's members, its facilitator and the lead of its
/// team; to a partner only when they attended. Linked cases show only when the reader may open them (query filter).
/// </summary>
[Authorize(Policy = Policies.Learning)]
public class SessionModel(LearningServices services) : LearningPageModel(services)
{
    public sealed record Person(string Name, SessionRole Role);

    public LearningSession Session { get; private set; } = null!;
    public string Structure { get; private set; } = "";
    public List<Person> Attendees { get; private set; } = [];
    public List<string> Partners { get; private set; } = [];
    public List<(Guid Id, string Reference)> Cases { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var found = await Db.Set<LearningSession>().AsNoTracking().VisibleTo(Viewer)
            .Include(s => s.Structure).Include(s => s.Facilitator).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (found is null)
        {
            return NotFound();
        }
        Session = found;
        Structure = found.Structure!.Name;
        Attendees = await Db.Set<SessionAttendee>().AsNoTracking().Where(a => a.SessionId == id)
            .OrderBy(a => a.Staff!.DisplayName).Select(a => new Person(a.Staff!.DisplayName, a.Role)).ToListAsync(ct);
        Partners = await Db.Set<SessionPartner>().AsNoTracking().Where(p => p.SessionId == id).Select(p => p.Organisation!.Name).OrderBy(n => n).ToListAsync(ct);
        Cases = (await Db.Set<SessionCase>().AsNoTracking().Where(c => c.SessionId == id).OrderBy(c => c.Case!.Reference)
            .Select(c => new { c.CaseId, c.Case!.Reference }).ToListAsync(ct)).Select(c => (c.CaseId, c.Reference)).ToList();
        return Page();
    }
}
