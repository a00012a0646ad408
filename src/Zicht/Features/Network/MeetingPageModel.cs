using Zicht.Features.Casework;

namespace Zicht.Features.Network;

/// <summary>The rules a network meeting must meet, shared by the page that adds one and the page that corrects one.</summary>
public abstract class MeetingPageModel(CaseworkServices services) : CaseworkPageModel(services)
{
    protected void CheckMeeting(string prefix, MeetingInput m)
    {
        CheckDate($"{prefix}.HeldOn", m.HeldOn);
        if (m.NextMeetingOn is { } next && m.HeldOn is { } held && next < held)
        {
            ModelState.AddModelError($"{prefix}.NextMeetingOn", T["The next meeting cannot be before this one."]);
        }
    }
}
