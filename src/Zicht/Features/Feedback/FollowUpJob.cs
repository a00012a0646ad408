using Microsoft.Extensions.Options;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Feedback;

/// <summary>
/// Hourly: schedules follow-ups for newly closed cases and sends the due ones by e-mail when SMTP is
/// configured and an address is known. The others stay listed on the case's feedback page for the
/// worker to hand over. Runs as "system:follow-up" with full scope (it is audited as such), on one node
/// at a time under the "follow-ups" lease (decision 068); each mail's follow-up is claimed before it is sent.
/// </summary>
internal sealed class FollowUpJob(IServiceScopeFactory scopes, IOptions<FeedbackOptions> options, ILogger<FollowUpJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.FollowUpInterval);
        do
        {
            try
            {
                await Infrastructure.Jobs.LeasedJob.RunAsync(scopes, "follow-ups", LeaseHold, ct => RunOnceAsync(scopes, ct), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Follow-up run failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Longer than a run takes; a node that dies mid-run blocks the others this long at most.</summary>
    public static readonly TimeSpan LeaseHold = TimeSpan.FromMinutes(10);

    public static async Task<(int Scheduled, int Sent, int Listed)> RunOnceAsync(IServiceScopeFactory scopes, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<RequestContext>();
        context.ActorName = "system:follow-up";
        context.Scope = CaseScope.Everything;
        var followUps = scope.ServiceProvider.GetRequiredService<FollowUps>();
        var scheduled = await followUps.ScheduleAsync(ct);
        var mail = scope.ServiceProvider.GetRequiredService<FeedbackMail>();
        var invitations = scope.ServiceProvider.GetRequiredService<FeedbackInvitations>();
        var due = await followUps.DueAsync(ct);
        var sent = 0;
        foreach (var followUp in due.Where(f => f.Email is not null && mail.IsConfigured))
        {
            if (await invitations.IssueFollowUpAsync(followUp, ct) is not { } token)
            {
                continue; // another node or the worker claimed it first
            }
            await mail.SendLinkAsync(followUp.Email!, token, ct, followUp.Id);
            followUp.SentAt = DateTime.UtcNow;
            await scope.ServiceProvider.GetRequiredService<Data.ZichtDb>().SaveChangesAsync(ct);
            sent++;
        }
        return (scheduled, sent, due.Count - sent);
    }
}
