using Zicht.Features.Surveys;
using Zicht.Infrastructure;
using Zicht.Infrastructure.Audit;
using Zicht.Kernel;

namespace Zicht.Features.Feedback;

/// <summary>
/// A one-time, expiring link for a parent, child or network member of a case (or a follow-up after
/// closure). Only the token's hash is stored. While the respondent works, their draft lives here;
/// on submission it moves to an anonymous <see cref="FeedbackResponse"/> and is cleared.
/// </summary>
public class FeedbackInvitation : ICaseOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public Audience Respondent { get; set; }
    public Guid InstrumentVersionId { get; set; }

    /// <summary>SHA-256 of the link's token; null for a scheduled follow-up that has not been issued yet.</summary>
    [AuditRedacted]
    public string? TokenHash { get; set; }
    public Guid? CreatedById { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }

    /// <summary>Answers saved so far ("save and resume"); redacted so the trail never holds a family's answers.</summary>
    [AuditRedacted]
    public string? DraftAnswers { get; set; }

    /// <summary>The respondent's yes/no to being contacted 6 and 12 months after closure.</summary>
    public bool? ConsentToFollowUp { get; set; }

    /// <summary>Where to send the link (optional; only when SMTP is configured).</summary>
    [AuditRedacted]
    public string? Email { get; set; }

    /// <summary>For a follow-up: the invitation whose consent it comes from, and when it is due.</summary>
    public Guid? FollowUpOfId { get; set; }
    public DateOnly? DueOn { get; set; }
    public DateTime? SentAt { get; set; }

    public bool IsOpen(DateTime now) => UsedAt is null && TokenHash is not null && ExpiresAt > now;
}

/// <summary>
/// A submitted questionnaire, stored without any link to the invitation or case it came from: no case
/// id, no invitation id, no names, no exact time, not in the audit trail. Only what reports group by:
/// worker, team (and its service and region), instrument version and the quarter (issue 8).
/// </summary>
public class FeedbackResponse : IUnaudited
{
    /// <summary>Random (v4), not time-ordered (v7), so the id does not reveal when it was given.</summary>
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid InstrumentVersionId { get; set; }
    public Audience Respondent { get; set; }
    public Guid WorkerId { get; set; }
    public Guid TeamId { get; set; }
    public Guid ServiceId { get; set; }
    public Guid RegionId { get; set; }

    /// <summary>First day of the quarter of submission: enough for a trend, too coarse to pick out a visit.</summary>
    public DateOnly Period { get; set; }

    [AuditRedacted]
    public required string Answers { get; set; }

    /// <summary>
    /// The open answers (free text) were read, redacted where needed and released by a team lead
    /// (<see cref="FeedbackTexts"/>); until then no report shows them.
    /// </summary>
    public bool TextsReleased { get; set; }

    public static DateOnly QuarterOf(DateTime moment) => new(moment.Year, ((moment.Month - 1) / 3 * 3) + 1, 1);
}
