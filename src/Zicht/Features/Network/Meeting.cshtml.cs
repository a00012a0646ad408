using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Casework;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Network;

/// <summary>Correcting a network meeting (attendees, agreements, next date); a concurrent change is detected, never overwritten.</summary>
public class MeetingModel(CaseworkServices services) : MeetingPageModel(services)
{
    [BindProperty] public MeetingInput Meeting { get; set; } = new();
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid meetingId)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "NetworkMeeting"))
        {
            return NotFound();
        }
        var m = await Db.Set<NetworkMeeting>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == meetingId && x.CaseId == id);
        if (m is null)
        {
            return NotFound();
        }
        Meeting = new MeetingInput { HeldOn = m.HeldOn, NextMeetingOn = m.NextMeetingOn, Attendees = m.Attendees, Scaling = m.Scaling, Agreements = m.Agreements };
        Version = m.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid meetingId)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "NetworkMeeting"))
        {
            return NotFound();
        }
        var m = await Db.Set<NetworkMeeting>().FirstOrDefaultAsync(x => x.Id == meetingId && x.CaseId == id);
        if (m is null)
        {
            return NotFound();
        }
        CheckMeeting(nameof(Meeting), Meeting);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        (m.HeldOn, m.NextMeetingOn, m.Attendees) = (Meeting.HeldOn!.Value, Meeting.NextMeetingOn, Meeting.AllAttendees());
        (m.Scaling, m.Agreements) = (Meeting.Scaling, Meeting.Agreements);
        (var saved, Version) = await SaveEditAsync(m, Version, T["Someone else changed this meeting while you were editing. Your text is still in the form; save again to keep it."]);
        if (!saved)
        {
            return Page();
        }
        return Redirect($"/dossiers/{id}/netwerk#meetings");
    }
}
