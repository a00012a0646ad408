using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Casework;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.LiveMapping;

/// <summary>The case's live meetings: open a new one (conversation, network meeting, process team) or look back.</summary>
[Authorize(Policy = Policies.CaseWork)]
public class StartModel(CaseworkServices services, LiveMeetings meetings) : CaseworkPageModel(services)
{
    public List<LiveMeeting> Meetings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Read, "LiveMeeting"))
        {
            return NotFound();
        }
        Meetings = await Db.Set<LiveMeeting>().AsNoTracking().Where(m => m.CaseId == id).OrderByDescending(m => m.OpenedAt).ToListAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostOpenAsync(Guid id, MeetingKind kind)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "LiveMeeting") || !Enum.IsDefined(kind))
        {
            return NotFound();
        }
        var (meeting, _) = await meetings.OpenAsync(id, kind, ActorName);
        return Redirect($"/dossiers/{id}/overleg/{meeting.Id}");
    }
}
