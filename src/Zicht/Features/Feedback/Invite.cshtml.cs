using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Surveys;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Features.Feedback;

/// <summary>A worker asks a parent, child or network member of the case for feedback: a one-time link and QR code.</summary>
public class InviteModel(ZichtDb db, CaseAccess access, FeedbackInvitations invitations, FeedbackMail mail, RequestContext context) : PageModel
{
    /// <summary>A scheduled follow-up that has no link yet (so nothing about it can have been answered).</summary>
    public sealed record FollowUp(Guid Id, DateOnly DueOn);

    public Case Case { get; private set; } = null!;
    /// <summary>
    /// Links as counts only: which link was answered is not shown, so a worker cannot tie a change in
    /// their report to one family (issue 8).
    /// </summary>
    public int Sent { get; private set; }
    public int NotYetUsed { get; private set; }
    public List<FollowUp> FollowUps { get; private set; } = [];
    public string? NewLink { get; private set; }
    public string? NewQr { get; private set; }
    public bool Mailed { get; private set; }
    public bool CanSendMail => mail.IsConfigured;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Audience respondent, string? email, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || respondent is not (Audience.Parent or Audience.Child or Audience.NetworkMember))
        {
            return NotFound();
        }
        var (_, token) = await invitations.IssueAsync(Case, respondent, context.StaffId, email, ct);
        await ShowLinkAsync(token, email, ct);
        await ListAsync(ct);
        return Page();
    }

    /// <summary>Gives a due follow-up its link, for the worker to pass on when no e-mail went out.</summary>
    public async Task<IActionResult> OnPostFollowUpAsync(Guid id, Guid followUpId, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var followUp = await db.Set<FeedbackInvitation>().FirstOrDefaultAsync(i => i.Id == followUpId && i.CaseId == id
            && i.Respondent == Audience.FollowUp && i.TokenHash == null, ct);
        if (followUp is null)
        {
            return NotFound();
        }
        if (await invitations.IssueFollowUpAsync(followUp, ct) is not { } token)
        {
            return NotFound(); // the job or a colleague gave it its link a moment ago
        }
        await ShowLinkAsync(token, null, ct);
        await ListAsync(ct);
        return Page();
    }

    private async Task ShowLinkAsync(string token, string? email, CancellationToken ct)
    {
        NewLink = $"{Request.Scheme}://{Request.Host}/v/{token}";
        NewQr = QrSvg.For(NewLink);
        if (!string.IsNullOrWhiteSpace(email) && mail.IsConfigured)
        {
            await mail.SendLinkAsync(email.Trim(), token, ct);
            Mailed = true;
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var found = await access.LoadAsync(id, CaseOperation.Record, "FeedbackInvitations", ct);
        if (found is null)
        {
            return false;
        }
        Case = found;
        await ListAsync(ct);
        return true;
    }

    private async Task ListAsync(CancellationToken ct)
    {
        var links = db.Set<FeedbackInvitation>().AsNoTracking().Where(i => i.CaseId == Case.Id && i.TokenHash != null);
        Sent = await links.CountAsync(ct);
        NotYetUsed = await links.CountAsync(i => i.UsedAt == null, ct);
        FollowUps = await db.Set<FeedbackInvitation>().AsNoTracking()
            .Where(i => i.CaseId == Case.Id && i.Respondent == Audience.FollowUp && i.TokenHash == null && i.DueOn != null)
            .OrderBy(i => i.DueOn).Select(i => new FollowUp(i.Id, i.DueOn!.Value)).ToListAsync(ct);
    }
}
