using Zicht.Data;

namespace Zicht.Infrastructure.Audit;

/// <summary>
/// Every <c>Zicht:AuditSealSeconds</c> (default 5; 0 switches it off) chains the unsealed reads into their
/// partitions (decision 088). One node at a time under the "audit-seal" lease; the partition locks make a second
/// sealer harmless anyway (<see cref="AuditSeal"/>).
/// </summary>
internal sealed partial class SealEveryInterval(
    IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time, ILogger<SealEveryInterval> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = configuration.GetValue("Zicht:AuditSealSeconds", 5.0);
        if (seconds <= 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await Jobs.LeasedJob.RunAsync(scopes, "audit-seal", TimeSpan.FromMinutes(2), async ct =>
                {
                    await using var scope = scopes.CreateAsyncScope();
                    scope.ServiceProvider.GetRequiredService<Auth.RequestContext>().Scope = Auth.CaseScope.Everything;
                    await AuditSeal.SealAllAsync(scope.ServiceProvider.GetRequiredService<ZichtDb>(), ct);
                }, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(log, e.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not seal the audit trail's unsealed reads: {Error}")]
    private static partial void LogFailed(ILogger logger, string error);
}
