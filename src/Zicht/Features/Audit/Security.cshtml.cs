using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zicht.Data;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Audit;

/// <summary>The privacy officer's security log: what was refused, who failed to sign in, who was locked out, whose rights changed.</summary>
[Authorize(Policy = Policies.SecurityLog)]
public class SecurityModel(ZichtDb db, IConfiguration configuration, TimeProvider time) : PageModel
{
    public int Days { get; private set; } = 14;
    public int Threshold { get; private set; }
    public List<SecurityEvent> Events { get; private set; } = [];
    public List<SecurityAlert> Alerts { get; private set; } = [];

    public async Task OnGetAsync(int? days, CancellationToken ct)
    {
        Days = Math.Clamp(days ?? 14, 1, 90);
        Threshold = configuration.GetValue("Zicht:SecurityLog:AlertThreshold", 5);
        Events = await SecurityEvents.LoadAsync(db, time.GetUtcNow().UtcDateTime.AddDays(-Days), ct);
        Alerts = SecurityEvents.Alerts(Events, Threshold);
        db.RecordAudit(Infrastructure.Audit.AuditActions.Read, "SecurityLog", null, null, $"last {Days} days");
    }
}
