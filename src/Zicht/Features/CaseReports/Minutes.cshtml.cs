using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Casework;
using Zicht.Features.Network;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.CaseReports;

/// <summary>
/// The minutes of one network meeting, along the template's parts, in plain words for the network (practice-system.md
/// §3.7: "minutes in plain language for the network"); on screen and as an A4 PDF. The mapping and plan shown are the
/// versions the meeting referred to; what the child said in the mapping is left out (<see cref="MeetingContext"/>).
/// </summary>
[PrintableAsPdf]
[Authorize(Policy = Policies.CaseWork)]
public class MinutesModel(CaseworkServices services) : CaseworkPageModel(services)
{
    public NetworkMeeting Meeting { get; private set; } = null!;
    public MeetingContext Known { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid meetingId, bool pdfFile = false, CancellationToken ct = default)
    {
        if (!await OpenAsync(id, CaseOperation.Read, "NetworkMeetingMinutes"))
        {
            return NotFound();
        }
        var meeting = await Db.Set<NetworkMeeting>().AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId && m.CaseId == id, ct);
        if (meeting is null)
        {
            return NotFound();
        }
        Meeting = meeting;
        Known = await MeetingContext.LoadAsync(Db, id, meeting, ct);
        if (pdfFile)
        {
            Db.RecordAudit(AuditActions.Export, "NetworkMeetingMinutes", meetingId.ToString(), id);
            await Db.SaveChangesAsync(ct);
            PrintableAsPdfAttribute.Request(HttpContext, $"netwerkberaad-{Case.Reference}-{meeting.HeldOn:yyyy-MM-dd}.pdf", subject: T["Minutes of a network meeting"]);
        }
        return Page();
    }
}
