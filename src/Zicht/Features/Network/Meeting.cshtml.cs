using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Casework;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Network;

/// <summary>
/// A network meeting along the full template (wish 8): a new one (no <c>meetingId</c>), pre-filled from the case, or a
/// stored one corrected; a concurrent change is detected, never overwritten.
/// </summary>
[Authorize(Policy = Policies.CaseWork)]
public class MeetingModel(CaseworkServices services) : MeetingPageModel(services)
{
    [BindProperty] public MeetingInput Meeting { get; set; } = new();
    [BindProperty] public int Version { get; set; }
    public MeetingContext Known { get; private set; } = null!;
    public Guid? MeetingId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? meetingId)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "NetworkMeeting"))
        {
            return NotFound();
        }
        if (meetingId is null)
        {
            Known = await MeetingContext.LoadAsync(Db, id, null);
            Meeting = new MeetingInput
            {
                HeldOn = Today,
                FullTemplate = true,
                Agenda = MeetingTemplate.DefaultAgenda(T),
                NextChair = Known.Chair,
                MappingVersionNumber = Known.MappingNumber,
                PlanVersionNumber = Known.PlanNumber,
            };
            return Page();
        }
        var m = await Db.Set<NetworkMeeting>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == meetingId && x.CaseId == id);
        if (m is null)
        {
            return NotFound();
        }
        MeetingId = m.Id;
        Known = await MeetingContext.LoadAsync(Db, id, m);
        Meeting = MeetingInput.From(m, Known.People.Select(p => p.Name));
        Version = m.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? meetingId)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "NetworkMeeting"))
        {
            return NotFound();
        }
        var m = meetingId is null ? new NetworkMeeting { CaseId = id, Attendees = "" }
            : await Db.Set<NetworkMeeting>().FirstOrDefaultAsync(x => x.Id == meetingId && x.CaseId == id);
        if (m is null)
        {
            return NotFound();
        }
        MeetingId = meetingId;
        Meeting.FullTemplate = true;
        CheckMeeting(nameof(Meeting), Meeting);
        if (!ModelState.IsValid)
        {
            Known = await MeetingContext.LoadAsync(Db, id, meetingId is null ? null : m);
            return Page();
        }
        Meeting.WriteTo(m);
        bool saved;
        if (meetingId is null)
        {
            Db.Add(m);
            saved = await SaveAsync(T["Someone else changed the network. Try again."]);
        }
        else
        {
            (saved, Version) = await SaveEditAsync(m, Version, T["Someone else changed this meeting while you were editing. Your text is still in the form; save again to keep it."]);
        }
        if (!saved)
        {
            Known = await MeetingContext.LoadAsync(Db, id, meetingId is null ? null : m);
            return Page();
        }
        TempData["Flash"] = T["Network meeting saved."].Value;
        return Redirect($"/dossiers/{id}/netwerk#meeting-{m.Id}");
    }
}
