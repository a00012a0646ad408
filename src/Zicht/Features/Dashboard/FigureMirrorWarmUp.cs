using Zicht.Data;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Dashboard;

/// <summary>
/// Copies every team into the <see cref="FigureMirror"/> shortly after the app starts, so the first
/// time-to page or period-by-worker view does not wait for it (about 8 s at a million trajectories;
/// docs/decisions/093). <c>Figures:MirrorWarmUp=false</c> leaves the copy to the first view.
/// </summary>
internal sealed partial class FigureMirrorWarmUp(IServiceScopeFactory scopes, FigureMirror mirror, IConfiguration configuration, ILogger<FigureMirrorWarmUp> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Figures:MirrorWarmUp", true))
        {
            return;
        }
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken); // after migrations and the first requests
            await using var scope = scopes.CreateAsyncScope();
            var context = scope.ServiceProvider.GetRequiredService<RequestContext>();
            context.Scope = CaseScope.Everything;
            context.ActorName = "system:figure-mirror";
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var teams = await mirror.WarmAsync(scope.ServiceProvider.GetRequiredService<ZichtDb>(), stoppingToken);
            LogWarm(log, teams, watch.Elapsed.TotalSeconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(log, e.GetType().Name); // the first view copies instead
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Figure mirror: {Teams} teams copied in {Seconds:F1} s")]
    private static partial void LogWarm(ILogger log, int teams, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Figure mirror warm-up failed ({Error}); the first view copies instead")]
    private static partial void LogFailed(ILogger log, string error);
}
