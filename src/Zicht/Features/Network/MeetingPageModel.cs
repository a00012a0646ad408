using Zicht.Features.Casework;

namespace Zicht.Features.Network;

/// <summary>The rules a network meeting must meet, shared by the page that adds one and the page that corrects one.</summary>
public abstract class MeetingPageModel(CaseworkServices services) : CaseworkPageModel(services)
{
    protected void CheckMeeting(string prefix, MeetingInput m)
    {
        CheckDate($"{prefix}.HeldOn", m.HeldOn);
        if (m.AllAttendees().Length == 0)
        {
            ModelState.AddModelError($"{prefix}.Attendees", T["Say who attended."]);
        }
        else if (m.AllAttendees().Length > 1000)
        {
            ModelState.AddModelError($"{prefix}.Attendees", T["At most {1} characters.", 0, 1000]);
        }
        if (m.NextMeetingOn is { } next && m.HeldOn is { } held && next < held)
        {
            ModelState.AddModelError($"{prefix}.NextMeetingOn", T["The next meeting cannot be before this one."]);
        }
    }
}
