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

    /// <summary>Gives a scheduled follow-up its link (when it is due and has none yet).</summary>
    public async Task<string> IssueFollowUpAsync(FeedbackInvitation followUp, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var token = InvitationToken.New();
        followUp.TokenHash = InvitationToken.Hash(token);
        followUp.ExpiresAt = now + ValidFor;
        await db.SaveChangesAsync(ct);
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
