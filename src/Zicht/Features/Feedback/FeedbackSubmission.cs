using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Surveys;
using Zicht.Kernel;

namespace Zicht.Features.Feedback;

public enum SubmitResult { Stored, AlreadyStored, Incomplete }

/// <summary>Save and resume, and the one-transaction submission of a feedback questionnaire.</summary>
public sealed class FeedbackSubmission(ZichtDb db, TimeProvider clock)
{
    public async Task SaveDraftAsync(FeedbackInvitation invitation, IReadOnlyDictionary<string, string> answers, CancellationToken ct = default)
    {
        invitation.DraftAnswers = Answers.Write(answers);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Stores the response, marks the link used and clears the draft in a single SaveChanges, i.e. one
    /// transaction: a crash leaves either all of it or none. The unique index on InvitationId turns a
    /// second submit (double click, retry after a timeout) into <see cref="SubmitResult.AlreadyStored"/>.
    /// </summary>
    public async Task<SubmitResult> SubmitAsync(FeedbackInvitation invitation, Instrument instrument, IReadOnlyDictionary<string, string> answers,
        bool? consent, string? email, CancellationToken ct = default)
    {
        var (clean, missing) = Answers.Check(instrument, answers);
        if (missing.Count > 0)
        {
            return SubmitResult.Incomplete;
        }
        var group = await db.Cases.IgnoreQueryFilters().Where(c => c.Id == invitation.CaseId)
            .Select(c => new { c.ResponsibleWorkerId, c.TeamId, c.ServiceId, c.Team!.RegionId }).FirstAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        db.Add(new FeedbackResponse
        {
            InvitationId = invitation.Id,
            InstrumentVersionId = invitation.InstrumentVersionId,
            Respondent = invitation.Respondent,
            WorkerId = group.ResponsibleWorkerId,
            TeamId = group.TeamId,
            ServiceId = group.ServiceId,
            RegionId = group.RegionId,
            Period = new DateOnly(now.Year, now.Month, 1),
            Answers = Answers.Write(clean),
        });
        invitation.UsedAt = now;
        invitation.DraftAnswers = null;
        if (invitation.Respondent != Audience.FollowUp)
        {
            invitation.ConsentToFollowUp = consent == true;
            invitation.Email = consent == true && !string.IsNullOrWhiteSpace(email) ? email.Trim() : null;
        }
        try
        {
            await db.SaveChangesAsync(ct);
            return SubmitResult.Stored;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.Set<FeedbackResponse>().AnyAsync(r => r.InvitationId == invitation.Id, CancellationToken.None))
            {
                return SubmitResult.AlreadyStored;
            }
            throw;
        }
    }
}
