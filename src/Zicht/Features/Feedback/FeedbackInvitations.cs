using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Surveys;
using Zicht.Kernel;

namespace Zicht.Features.Feedback;

/// <summary>Issuing links and finding them back from a token. The raw token exists only in the returned value.</summary>
public sealed class FeedbackInvitations(ZichtDb db, InstrumentStore instruments, TimeProvider clock)
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromDays(30);

    public static string InstrumentKey(Audience respondent) => respondent switch
    {
        Audience.Parent => "parent",
        Audience.Child => "child",
        Audience.NetworkMember => "network",
        Audience.FollowUp => "followup",
        _ => throw new ArgumentOutOfRangeException(nameof(respondent)),
    };

    /// <summary>A new one-time link for someone of this case. The caller has checked CaseOperation.Record.</summary>
    public async Task<(FeedbackInvitation Invitation, string Token)> IssueAsync(Case forCase, Audience respondent, Guid? staffId, string? email, CancellationToken ct = default)
    {
        var (versionId, _) = await instruments.CurrentAsync(InstrumentKey(respondent), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var token = InvitationToken.New();
        var invitation = new FeedbackInvitation
        {
            CaseId = forCase.Id,
            Respondent = respondent,
            InstrumentVersionId = versionId,
            TokenHash = InvitationToken.Hash(token),
            CreatedById = staffId,
            CreatedAt = now,
            ExpiresAt = now + ValidFor,
            Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
        };
        db.Add(invitation);
        await db.SaveChangesAsync(ct);
        return (invitation, token);
    }

    /// <summary>
    /// Gives a scheduled follow-up its link, once: the link is claimed by a conditional update (no link yet,
    /// not sent), committed with its audit line before any e-mail goes out. When another node or a worker
    /// claimed it first, null. The claim is the follow-up's idempotency key: a claimed follow-up is never
    /// mailed again, even when the node that claimed it died before the mail left (at most once).
    /// </summary>
    public async Task<string?> IssueFollowUpAsync(FeedbackInvitation followUp, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var token = InvitationToken.New();
        var hash = InvitationToken.Hash(token);
        var expires = now + ValidFor;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.Set<FeedbackInvitation>().IgnoreQueryFilters()
            .Where(i => i.Id == followUp.Id && i.TokenHash == null && i.SentAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.TokenHash, hash).SetProperty(i => i.ExpiresAt, expires), ct);
        if (claimed == 0)
        {
            return null;
        }
        db.RecordAudit(Infrastructure.Audit.AuditActions.Update, nameof(FeedbackInvitation), followUp.Id.ToString(), followUp.CaseId, "follow-up link issued");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        await db.Entry(followUp).ReloadAsync(ct);
        return token;
    }

    /// <summary>
    /// The open invitation behind a token, or null: unknown, used and expired links are all the same
    /// null, so the page cannot tell them apart either. Respondents have no account and so no case scope:
    /// the lookup bypasses the case filter, and only by the unguessable token's hash.
    /// </summary>
    public async Task<FeedbackInvitation?> FindOpenAsync(string? token, CancellationToken ct = default)
    {
        if (!InvitationToken.LooksValid(token))
        {
            return null;
        }
        var hash = InvitationToken.Hash(token!);
        var invitation = await db.Set<FeedbackInvitation>().IgnoreQueryFilters().FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        return invitation is not null && invitation.IsOpen(clock.GetUtcNow().UtcDateTime) ? invitation : null;
    }
}
