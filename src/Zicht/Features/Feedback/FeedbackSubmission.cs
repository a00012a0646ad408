using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Surveys;
using Zicht.Infrastructure.Audit;
using Zicht.Kernel;

namespace Zicht.Features.Feedback;

/// <summary>
/// What became of a submission. Empty, Invalid and BadEmail store nothing and leave the link usable:
/// an empty form is not a response (it would count towards the minimum while saying nothing).
/// </summary>
public enum SubmitResult { Stored, AlreadyStored, Incomplete, Empty, Invalid, BadEmail }

/// <summary>Save and resume, and the one-transaction submission of a feedback questionnaire.</summary>
public sealed class FeedbackSubmission(ZichtDb db, TimeProvider clock)
{
    public async Task SaveDraftAsync(FeedbackInvitation invitation, IReadOnlyDictionary<string, string> answers, CancellationToken ct = default)
    {
        invitation.DraftAnswers = Answers.Write(answers);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Stores the response and marks the link used in one transaction: a crash leaves either all of it
    /// or none. The link is claimed first with a conditional UPDATE (used_at still empty), so a second
    /// submit (double click, retry, a race) claims nothing and becomes <see cref="SubmitResult.AlreadyStored"/>
    /// without the response having to carry the invitation's id.
    /// </summary>
    public async Task<SubmitResult> SubmitAsync(FeedbackInvitation invitation, Instrument instrument, IReadOnlyDictionary<string, string> answers,
        bool? consent, string? email, CancellationToken ct = default)
    {
        if (Answers.Invalid(instrument, answers).Count > 0)
        {
            return SubmitResult.Invalid;
        }
        var (clean, missing) = Answers.Check(instrument, answers);
        if (missing.Count > 0)
        {
            return SubmitResult.Incomplete;
        }
        if (clean.Count == 0)
        {
            return SubmitResult.Empty;
        }
        if (consent == true && !string.IsNullOrWhiteSpace(email) && !LooksLikeEmail(email))
        {
            return SubmitResult.BadEmail;
        }
        var group = await db.Cases.IgnoreQueryFilters().Where(c => c.Id == invitation.CaseId)
            .Select(c => new { c.ResponsibleWorkerId, c.TeamId, c.ServiceId, c.Team!.RegionId }).FirstAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var followUp = invitation.Respondent != Audience.FollowUp;
        bool? consentNow = followUp ? consent == true : invitation.ConsentToFollowUp;
        var emailNow = !followUp ? invitation.Email : consent == true && !string.IsNullOrWhiteSpace(email) ? email.Trim() : null;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.Set<FeedbackInvitation>().IgnoreQueryFilters().Where(i => i.Id == invitation.Id && i.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, now).SetProperty(i => i.DraftAnswers, (string?)null)
                .SetProperty(i => i.ConsentToFollowUp, consentNow).SetProperty(i => i.Email, emailNow), ct);
        if (claimed == 0)
        {
            return SubmitResult.AlreadyStored;
        }
        db.Add(new FeedbackResponse
        {
            InstrumentVersionId = invitation.InstrumentVersionId,
            Respondent = invitation.Respondent,
            WorkerId = group.ResponsibleWorkerId,
            TeamId = group.TeamId,
            ServiceId = group.ServiceId,
            RegionId = group.RegionId,
            Period = FeedbackResponse.QuarterOf(now),
            Answers = Answers.Write(clean),
        });
        // The claim bypassed the change tracker; its audit line says the link was used, not what was answered.
        db.RecordAudit(AuditActions.Update, nameof(FeedbackInvitation), invitation.Id.ToString(), invitation.CaseId,
            $"link used; follow-up consent {(consentNow == true ? "yes" : "no")}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return SubmitResult.Stored;
    }

    /// <summary>One address, with a user and a dotted domain, at most 254 characters (RFC 5321).</summary>
    public static bool LooksLikeEmail(string email)
    {
        var trimmed = email.Trim();
        return trimmed.Length <= 254 && System.Net.Mail.MailAddress.TryCreate(trimmed, out var address)
            && address.Address == trimmed && address.Host.Contains('.', StringComparison.Ordinal) && !address.Host.EndsWith('.');
    }
}
