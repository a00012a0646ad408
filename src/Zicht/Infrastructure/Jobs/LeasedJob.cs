using Zicht.Data;
using Zicht.Infrastructure.Auth;

namespace Zicht.Infrastructure.Jobs;

/// <summary>Runs a piece of background work on one node at a time, under a <see cref="Lease"/>.</summary>
public static class LeasedJob
{
    /// <summary>
    /// Runs <paramref name="work"/> when this node can take the lease <paramref name="name"/> for <paramref name="hold"/>
    /// (longer than the work takes), and gives it back afterwards; returns false when another node holds it.
    /// A node that dies halfway keeps the lease until it expires; the next node's run then carries on
    /// where the work left off (the work itself must skip what is already done).
    /// </summary>
    public static async Task<bool> RunAsync(IServiceScopeFactory scopes, string name, TimeSpan hold, Func<CancellationToken, Task> work, CancellationToken ct)
    {
        TimeProvider time;
        await using (var scope = scopes.CreateAsyncScope())
        {
            time = scope.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
            scope.ServiceProvider.GetRequiredService<RequestContext>().Scope = CaseScope.Everything;
            var now = time.GetUtcNow().UtcDateTime;
            if (!await Lease.TryTakeAsync(scope.ServiceProvider.GetRequiredService<ZichtDb>(), name, Lease.ThisNode, now, now + hold, ct))
            {
                return false;
            }
        }
        try
        {
            await work(ct);
        }
        finally
        {
            await using var scope = scopes.CreateAsyncScope();
            await Lease.ReleaseAsync(scope.ServiceProvider.GetRequiredService<ZichtDb>(), name, Lease.ThisNode, time.GetUtcNow().UtcDateTime, CancellationToken.None);
        }
        return true;
    }
}
