using Zicht.Data;
using Zicht.Infrastructure.Auth;

namespace Zicht.Infrastructure.Audit;

/// <summary>
/// At intervals (<c>Zicht:AuditAnchorMinutes</c>, default 60) writes a checkpoint of every partition's head
/// into the trail and anchors it outside the database: to the log sink always, and appended to
/// <c>Zicht:AuditAnchorFile</c> when set. One node at a time, under the "audit-checkpoint" lease.
/// </summary>
internal sealed partial class AnchorEveryInterval(
    IServiceScopeFactory scopes, IConfiguration configuration, IHostEnvironment env, TimeProvider time, ILogger<AnchorEveryInterval> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = configuration.GetValue("Zicht:AuditAnchorMinutes", 60);
        if (minutes <= 0)
        {
            return;
        }
        long lastSequence = -1;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await Jobs.LeasedJob.RunAsync(scopes, "audit-checkpoint", TimeSpan.FromMinutes(5),
                    async ct => lastSequence = await AnchorAsync(lastSequence, ct), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(log, e.GetType().Name);
            }
        }
    }

    private async Task<long> AnchorAsync(long lastSequence, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<RequestContext>();
        context.Scope = CaseScope.Everything;
        context.ActorName = "system:audit-checkpoint";
        var anchor = await AuditAnchor.OfHeadAsync(scope.ServiceProvider.GetRequiredService<ZichtDb>(), time, ct);
        if (anchor is null || anchor.Sequence == lastSequence)
        {
            return lastSequence;
        }
        LogAnchor(log, anchor.ToString());
        if (AuditAnchor.ConfiguredFile(configuration, env) is { } file)
        {
            await AuditAnchor.AppendToAsync(file, anchor, ct);
        }
        return anchor.Sequence;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Anchor}")]
    private static partial void LogAnchor(ILogger logger, string anchor);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write the audit anchor: {Error}")]
    private static partial void LogFailed(ILogger logger, string error);
}
