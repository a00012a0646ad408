using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Casework;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Features.Network;

/// <summary>The network: who is informed of the danger statement, their commitments, chair and crisis contact; network meetings.</summary>
public class IndexModel(CaseworkServices services) : MeetingPageModel(services)
{
    [BindProperty] public MemberInput Member { get; set; } = new();
    [BindProperty] public MeetingInput Meeting { get; set; } = new();
    [BindProperty] public NewMemberInput NewMember { get; set; } = new();

    /// <summary>Everyone in the case, to tick as attendee of a meeting.</summary>
    public List<string> People { get; private set; } = [];

    public List<CasePerson> Members { get; private set; } = [];
    public List<NetworkMeeting> Meetings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Read, "Network"))
        {
            return NotFound();
        }
        Meeting.HeldOn = Today;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostMemberAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "Network"))
        {
            return NotFound();
        }
        var person = await Db.CasePeople.FirstOrDefaultAsync(p => p.Id == Member.PersonId && p.CaseId == id && p.Role == PersonRole.NetworkMember);
        if (person is null)
        {
            return NotFound();
        }
        CheckDate("Member.InformedOn", Member.InformedOn);
        if (!Valid("Member"))
        {
            await LoadAsync();
            return Page();
        }
        Db.Entry(person).Property(p => p.Version).OriginalValue = Member.Version;
        person.InformedOn = Member.InformedOn;
        person.Commitments = string.IsNullOrWhiteSpace(Member.Commitments) ? null : Member.Commitments.Trim();
        person.ChairsNetwork = Member.ChairsNetwork;
        person.IsCrisisContact = Member.IsCrisisContact;
        if (!await SaveAsync(T["Someone else changed {0} while you were editing. Your input is kept below; check and save again.", person.FullName]))
        {
            await LoadAsync();
            return Page();
        }
        TempData["Flash"] = T["{0} saved.", person.FullName].Value;
        return Redirect($"/dossiers/{id}/netwerk");
    }

    /// <summary>Adds a network member here, and (when a date is given) marks them informed in the same step.</summary>
    public async Task<IActionResult> OnPostAddMemberAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "Network"))
        {
            return NotFound();
        }
        CheckDate("NewMember.InformedOn", NewMember.InformedOn);
        if (!Valid("NewMember"))
        {
            await LoadAsync();
            return Page();
        }
        var n = NewMember;
        Db.CasePeople.Add(new CasePerson
        {
            CaseId = id,
            Role = PersonRole.NetworkMember,
            FullName = n.FullName!.Trim(),
            Relationship = n.Relationship?.Trim(),
            NetworkKind = n.NetworkKind,
            Phone = string.IsNullOrWhiteSpace(n.Phone) ? null : n.Phone.Trim(),
            InformedOn = n.InformedOn,
            IsCrisisContact = n.IsCrisisContact,
        });
        if (!await SaveAsync(T["Someone else changed the network. Try again."]))
        {
            await LoadAsync();
            return Page();
        }
        TempData["Flash"] = (n.InformedOn is null ? T["{0} added to the network.", n.FullName.Trim()] : T["{0} added to the network, informed on {1}.", n.FullName.Trim(), n.InformedOn.Value.ToString("d")]).Value;
        return Redirect($"/dossiers/{id}/netwerk#members");
    }

    public async Task<IActionResult> OnPostMeetingAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "NetworkMeeting"))
        {
            return NotFound();
        }
        CheckMeeting(nameof(Meeting), Meeting);
        if (!Valid("Meeting"))
        {
            await LoadAsync();
            return Page();
        }
        var meeting = new NetworkMeeting { CaseId = id, Attendees = "" };
        Meeting.FullTemplate = false;
        Meeting.WriteTo(meeting);
        Db.Add(meeting);
        if (!await SaveAsync(T["Someone else changed the network. Try again."]))
        {
            await LoadAsync();
            return Page();
        }
        TempData["Flash"] = T["Network meeting saved."].Value;
        return Redirect($"/dossiers/{id}/netwerk#meetings");
    }

    public async Task<IActionResult> OnPostDeleteMeetingAsync(Guid id, Guid meetingId, int version)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "NetworkMeeting"))
        {
            return NotFound();
        }
        var meeting = await Db.Set<NetworkMeeting>().FirstOrDefaultAsync(x => x.Id == meetingId && x.CaseId == id);
        if (meeting is null)
        {
            return NotFound();
        }
        Db.Entry(meeting).Property(x => x.Version).OriginalValue = version;
        Db.Remove(meeting);
        if (!await SaveAsync(T["Someone else changed this meeting. Nothing was removed."]))
        {
            await LoadAsync();
            return Page();
        }
        return Redirect($"/dossiers/{id}/netwerk#meetings");
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
        Members = await Db.CasePeople.AsNoTracking().Where(p => p.CaseId == Case.Id && p.Role == PersonRole.NetworkMember).OrderBy(p => p.FullName).ToListAsync();
        People = await Db.CasePeople.AsNoTracking().Where(p => p.CaseId == Case.Id)
            .OrderBy(p => p.Role).ThenBy(p => p.FullName).Select(p => p.FullName).ToListAsync();
        ViewData["People"] = People;
        Meetings = await Db.Set<NetworkMeeting>().AsNoTracking().Where(m => m.CaseId == Case.Id).OrderByDescending(m => m.HeldOn).ToListAsync();
    }
}
