using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Zicht.Data;

namespace Zicht.Infrastructure.Web;

/// <summary>
/// Readiness: a node whose database still has migrations to apply must not take traffic (it would fail
/// on the first query of a new column). Says how many are pending, never which data.
/// </summary>
internal sealed class PendingMigrationsCheck(ZichtDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        return pending == 0
            ? HealthCheckResult.Healthy("No pending migrations.")
            : HealthCheckResult.Unhealthy($"{pending} pending migrations: run ./zicht migrate.");
    }
}
