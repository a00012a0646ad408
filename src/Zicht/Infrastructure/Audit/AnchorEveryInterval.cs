using Zicht.Data;
using Zicht.Infrastructure.Auth;

namespace Zicht.Infrastructure.Audit;

/// <summary>
/// Writes the chain's head outside the database at intervals (<c>Zicht:AuditAnchorMinutes</c>, default 60):
/// to the log sink always, and appended to <c>Zicht:AuditAnchorFile</c> when set. Every node may do it;
/// duplicate anchors are harmless (they hold the same line and hash).
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
                lastSequence = await AnchorAsync(lastSequence, stoppingToken);
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
        scope.ServiceProvider.GetRequiredService<RequestContext>().Scope = CaseScope.Everything;
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
