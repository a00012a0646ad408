using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Features.Mapping;

namespace Zicht.Features.LiveMapping.Public;

/// <summary>
/// A participant's page, phone first: the meeting's board (only what was said in it), adding a statement
/// (a proposal until the worker decides) and giving a number on the scale. Works only while the meeting
/// is open; afterwards, and for anyone without the cookie, the page is gone.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(LiveMappingFeature.ParticipantRateLimit)]
public class TakePartModel(LiveMeetings meetings, LiveBoard board, ZichtDb db, IOptions<MappingHeadings> headings) : PageModel
{
    [BindProperty] public LiveAddInput Add { get; set; } = new();

    public LiveParticipant Participant { get; private set; } = null!;
    public BoardView? View { get; private set; }
    public IReadOnlyList<MappingColumn> Columns => headings.Value.Effective();
    public string? SectionName(MappingSection s) => headings.Value.NameOf(s);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await FindAsync(ct) is { } meeting ? await ShowAsync(meeting, ct) : Gone();

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } meeting)
        {
            return Gone();
        }
        if (!ModelState.IsValid)
        {
            return await ShowAsync(meeting, ct);
        }
        // A participant speaks for themselves: who said it is who joined, whatever the form says.
        await board.AddAsync(meeting, Add.ClientId, Add.Section, Add.Text!, Participant.Role, Participant.Name, Participant.Id, byWorker: false, ct);
        return Redirect("/doe-mee/overleg#add");
    }

    /// <summary>The newest board, with the text being typed given back as it was: nothing is sent or stored.</summary>
    public async Task<IActionResult> OnPostRefreshAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } meeting)
        {
            return Gone();
        }
        ModelState.Clear();
        return await ShowAsync(meeting, ct, keepClientId: true);
    }

    public async Task<IActionResult> OnPostScoreAsync(int score, CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } meeting || score is < 0 or > 10)
        {
            return Gone();
        }
        await board.ScoreAsync(meeting, $"p:{Participant.Id}", Participant.Name, score, ct);
        return Redirect("/doe-mee/overleg#live-scale");
    }

    private async Task<LiveMeeting?> FindAsync(CancellationToken ct)
    {
        if (await meetings.FindParticipantAsync(Request.Cookies[LiveMeetings.ParticipantCookie], ct) is not { } found)
        {
            return null;
        }
        Participant = found.Participant;
        return found.Meeting;
    }

    private async Task<IActionResult> ShowAsync(LiveMeeting meeting, CancellationToken ct, bool keepClientId = false)
    {
        if (!keepClientId || Add.ClientId == Guid.Empty)
        {
            Add.ClientId = Guid.NewGuid();
        }
        View = await BoardView.LoadAsync(db, meetings, meeting, headings.Value, forWorker: false, ct);
        return Page();
    }

    private PageResult Gone()
    {
        View = null;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }
}
