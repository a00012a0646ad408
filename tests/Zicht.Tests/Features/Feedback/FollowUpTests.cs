// Database calls here are short; cancelling a test mid-call gains nothing.
#pragma warning disable xUnit1051
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Features.Feedback;
using Zicht.Features.Surveys;

namespace Zicht.Tests.Features.Feedback;

public class FollowUpTests(VoicesApp app) : IClassFixture<VoicesApp>
{
    [Fact]
    public async Task Consent_after_closure_schedules_follow_ups_at_6_and_12_months_once_and_lists_due_ones_without_smtp()
    {
        var w = await VoicesWorld.CreateAsync(app);
        var closed = new DateOnly(2025, 1, 15);
        var consenting = await w.CaseAsync(app, w.TeamA, w.WorkerA, closedOn: closed);
        var refusing = await w.CaseAsync(app, w.TeamA, w.WorkerA, closedOn: closed);
        foreach (var (caseId, consent) in new[] { (consenting, true), (refusing, false) })
        {
            await app.DbAsync(async (db, sp) =>
            {
                var c = await db.Cases.FindAsync(caseId);
                var (invitation, _) = await sp.GetRequiredService<FeedbackInvitations>().IssueAsync(c!, Audience.Parent, w.WorkerA, null);
                var instrument = await sp.GetRequiredService<InstrumentStore>().GetAsync(invitation.InstrumentVersionId);
                var answers = Enumerable.Range(1, 14).ToDictionary(k => $"p{k:00}", _ => "4");
                return await sp.GetRequiredService<FeedbackSubmission>().SubmitAsync(invitation, instrument, answers, consent, "ouder@example.be");
            });
        }

        var first = await FollowUpJob.RunOnceAsync(app.Services.GetRequiredService<IServiceScopeFactory>(), CancellationToken.None);
        var second = await FollowUpJob.RunOnceAsync(app.Services.GetRequiredService<IServiceScopeFactory>(), CancellationToken.None);
        Assert.True(first.Scheduled >= 2);
        Assert.Equal(0, second.Scheduled);
        Assert.Equal(0, first.Sent);

        var followUps = await app.DbAsync((db, _) => db.Set<FeedbackInvitation>().IgnoreQueryFilters()
            .Where(i => i.Respondent == Audience.FollowUp && (i.CaseId == consenting || i.CaseId == refusing))
            .OrderBy(i => i.DueOn).ToListAsync());
        Assert.Equal([closed.AddMonths(6), closed.AddMonths(12)], followUps.Select(f => f.DueOn!.Value));
        Assert.All(followUps, f => Assert.Equal(consenting, f.CaseId));
        // Both are past due in 2026, have no link yet, and wait on the case's feedback page for the worker.
        Assert.All(followUps, f => Assert.Null(f.TokenHash));
        var refusedEmail = await app.DbAsync((db, _) => db.Set<FeedbackInvitation>().IgnoreQueryFilters()
            .Where(i => i.CaseId == refusing && i.Respondent == Audience.Parent).Select(i => i.Email).FirstAsync());
        Assert.Null(refusedEmail);
    }
}
