using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Surveys;

namespace Zicht.Features.Feedback;

/// <summary>
/// Consent to be contacted after closure becomes two follow-up invitations, due 6 and 12 months after
/// the case closed ("does the network still meet?"). They get a link only when due.
/// </summary>
public sealed class FollowUps(ZichtDb db, InstrumentStore instruments, TimeProvider clock)
{
    public static readonly int[] MonthsAfterClosure = [6, 12];

    /// <summary>Creates the missing follow-ups for consenting respondents of closed cases; returns how many.</summary>
    public async Task<int> ScheduleAsync(CancellationToken ct = default)
    {
        var consenting = await db.Set<FeedbackInvitation>().IgnoreQueryFilters()
            .Where(i => i.ConsentToFollowUp == true && i.FollowUpOfId == null && i.Case!.ClosedOn != null)
            .Select(i => new { i.Id, i.CaseId, i.Email, ClosedOn = i.Case!.ClosedOn!.Value })
            .ToListAsync(ct);
        if (consenting.Count == 0)
        {
            return 0;
        }
        var ids = consenting.Select(c => c.Id).ToList();
        var existing = (await db.Set<FeedbackInvitation>().IgnoreQueryFilters()
            .Where(i => i.FollowUpOfId != null && ids.Contains(i.FollowUpOfId.Value))
            .Select(i => new { i.FollowUpOfId, i.DueOn }).ToListAsync(ct))
            .Select(e => (e.FollowUpOfId!.Value, e.DueOn!.Value)).ToHashSet();
        var (versionId, _) = await instruments.CurrentAsync("followup", ct);
        var added = 0;
        foreach (var c in consenting)
        {
            foreach (var due in MonthsAfterClosure.Select(m => c.ClosedOn.AddMonths(m)).Where(d => !existing.Contains((c.Id, d))))
            {
                db.Add(new FeedbackInvitation
                {
                    CaseId = c.CaseId,
                    Respondent = Audience.FollowUp,
                    InstrumentVersionId = versionId,
                    CreatedAt = clock.GetUtcNow().UtcDateTime,
                    FollowUpOfId = c.Id,
                    DueOn = due,
                    Email = c.Email,
                });
                added++;
            }
        }
        await db.SaveChangesAsync(ct);
        return added;
    }

    /// <summary>Follow-ups that are due and have not been given a link yet.</summary>
    public Task<List<FeedbackInvitation>> DueAsync(CancellationToken ct = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return db.Set<FeedbackInvitation>().IgnoreQueryFilters()
            .Where(i => i.Respondent == Audience.FollowUp && i.DueOn <= today && i.TokenHash == null && i.SentAt == null)
            .OrderBy(i => i.DueOn).ToListAsync(ct);
    }
}
