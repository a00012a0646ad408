using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zicht.Features.Casework;
using Zicht.Features.Mapping;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.LiveMapping;

/// <summary>
/// The worker's board on the screen or projector: the join code, what everybody says as it comes in,
/// the decisions on it, the live scale and the closing. Additions carry an id made by the page, so the
/// offline queue can resend them safely (X-Live-Queue posts answer 204 instead of a page).
/// </summary>
[Authorize(Policy = Policies.CaseWork)]
public class BoardModel(CaseworkServices services, LiveMeetings meetings, LiveBoard board, LiveDecisions decisions, LiveClosing closing, IOptions<MappingHeadings> headings) : CaseworkPageModel(services)
{
    [BindProperty] public LiveAddInput Add { get; set; } = new();
    [BindProperty] public DecideInput Decide { get; set; } = new();
    [BindProperty] public CloseInput Close { get; set; } = new();

    public LiveMeeting Meeting { get; private set; } = null!;
    public BoardView View { get; private set; } = null!;
    public string? Code { get; private set; }
    public DecisionConflict? Conflict { get; private set; }
    public IReadOnlyList<MappingColumn> Columns => headings.Value.Effective();
    public string? SectionName(MappingSection s) => headings.Value.NameOf(s);

    public async Task<IActionResult> OnGetAsync(Guid id, Guid meetingId)
    {
        if (!await LoadMeetingAsync(id, meetingId, CaseOperation.Read))
        {
            return NotFound();
        }
        Close.HeldOn = Today;
        await LoadBoardAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(Guid id, Guid meetingId)
    {
        var queued = Request.Headers.ContainsKey("X-Live-Queue");
        if (!await LoadMeetingAsync(id, meetingId, CaseOperation.Record) || !Meeting.IsOpen)
        {
            return NotFound();
        }
        if (!OnlyValid(nameof(Add)))
        {
            return queued ? BadRequest() : await RedisplayAsync();
        }
        await board.AddAsync(Meeting, Add.ClientId, Add.Section, Add.Text!, Add.SaidBy, Add.SaidByName, null, byWorker: true);
        return queued ? StatusCode(StatusCodes.Status204NoContent) : Redirect($"/dossiers/{id}/overleg/{meetingId}?rubriek={Add.Section}#add");
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, Guid meetingId)
    {
        if (!await LoadMeetingAsync(id, meetingId, CaseOperation.Record) || !Meeting.IsOpen)
        {
            return NotFound();
        }
        var outcome = await decisions.DecideAsync(Meeting, Decide);
        if (outcome.Result == DecisionResult.NotFound)
        {
            return NotFound();
        }
        if (outcome.Result == DecisionResult.Done && Request.Headers.ContainsKey("X-Live-Queue"))
        {
            // From the offline queue: the page updates itself from the stream. A conflict still answers with the page and its choice.
            return StatusCode(StatusCodes.Status204NoContent);
        }
        if (outcome.Result == DecisionResult.Conflict)
        {
            // Someone else changed the proposal or its statement since the board was shown: nothing was written. Both wordings go back to the worker.
            Conflict = outcome.Conflict;
            Response.StatusCode = StatusCodes.Status409Conflict;
            return await RedisplayAsync();
        }
        return Redirect($"/dossiers/{id}/overleg/{meetingId}#p-{Decide.ProposalId}");
    }

    public async Task<IActionResult> OnPostScoreAsync(Guid id, Guid meetingId, int score)
    {
        if (!await LoadMeetingAsync(id, meetingId, CaseOperation.Record) || !Meeting.IsOpen || score is < 0 or > 10)
        {
            return NotFound();
        }
        await board.ScoreAsync(Meeting, $"s:{Db.Context.StaffId}", ActorName, score);
        return Redirect($"/dossiers/{id}/overleg/{meetingId}#live-scale");
    }

    public async Task<IActionResult> OnPostNewCodeAsync(Guid id, Guid meetingId)
    {
        if (!await LoadMeetingAsync(id, meetingId, CaseOperation.Record) || !Meeting.IsOpen)
        {
            return NotFound();
        }
        meetings.GiveCode(Meeting);
        await Db.SaveChangesAsync();
        return Redirect($"/dossiers/{id}/overleg/{meetingId}");
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, Guid meetingId)
    {
        if (!await LoadMeetingAsync(id, meetingId, CaseOperation.Record) || !Meeting.IsOpen)
        {
            return NotFound();
        }
        CheckDate("Close.HeldOn", Close.HeldOn);
        if (!OnlyValid(nameof(Close)))
        {
            return await RedisplayAsync();
        }
        var version = await closing.CloseAsync(Meeting, Close.Version, Close.HeldOn!.Value, Close.Agreements, Close.NextMeetingOn, ActorName);
        if (version is null)
        {
            ModelState.AddModelError("", T["Someone else closed or changed this meeting at the same moment. Look at the board and close again."]);
            return await RedisplayAsync();
        }
        TempData["Flash"] = T["The meeting is closed. Version {0} of the mapping saved.", version.Number].Value;
        return Redirect($"/dossiers/{id}/overleg/{meetingId}");
    }

    private async Task<bool> LoadMeetingAsync(Guid id, Guid meetingId, CaseOperation operation)
    {
        if (!await OpenAsync(id, operation, "LiveMeeting"))
        {
            return false;
        }
        var meeting = await Db.Set<LiveMeeting>().FirstOrDefaultAsync(m => m.Id == meetingId && m.CaseId == id);
        if (meeting is null)
        {
            return false;
        }
        Meeting = meeting;
        return true;
    }

    private bool OnlyValid(string prefix)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith(prefix + ".", StringComparison.Ordinal) && k.Length > 0).ToList())
        {
            ModelState.Remove(key);
        }
        return ModelState.IsValid;
    }

    private async Task<IActionResult> RedisplayAsync()
    {
        if (Meeting is not null)
        {
            Meeting = await Db.Set<LiveMeeting>().AsNoTracking().FirstAsync(m => m.Id == Meeting.Id);
        }
        await LoadBoardAsync();
        return Page();
    }

    private async Task LoadBoardAsync()
    {
        Code = meetings.ShownCode(Meeting);
        Close.Version = Meeting.Version;
        Add.ClientId = Guid.NewGuid();
        View = await BoardView.LoadAsync(Db, meetings, Meeting, headings.Value, forWorker: true);
    }
}
