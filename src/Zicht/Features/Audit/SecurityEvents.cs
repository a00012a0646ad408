using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Audit;

namespace Zicht.Features.Audit;

public enum SecurityKind { SignInFailed, LockedOut, Refused, RightsChanged }

/// <summary>One line of the security log, read from the audit trail (nothing is logged twice).</summary>
public sealed record SecurityEvent(long Sequence, DateTime At, SecurityKind Kind, string Actor, string? Subject, string? Address, string? Detail);

/// <summary>A pattern worth a look: one account asking for many ids it may not open, one address guessing, a lockout.</summary>
public sealed record SecurityAlert(string Kind, string Who, int Count, DateTime First, DateTime Last);

/// <summary>
/// The privacy officer's security log: refused case access, failed sign-ins (unknown names included,
/// masked), lockouts and changes of rights, all taken from the audit trail, plus the alerts they raise.
/// </summary>
public static class SecurityEvents
{
    /// <summary>The entity types whose changes are changes of rights (roles, team memberships, activation, approvals).</summary>
    public static readonly string[] RightsEntities = ["IdentityUserRole`1", "TeamMembership", "RoleApproval"];

    public static async Task<List<SecurityEvent>> LoadAsync(ZichtDb db, DateTime since, CancellationToken ct)
    {
        var lines = await db.AuditTrail.AsNoTracking()
            .Where(a => a.At >= since && (a.Action == AuditActions.SignInFailed || a.Action == AuditActions.Refused
                || RightsEntities.Contains(a.EntityType)
                || (a.EntityType == "StaffUser" && a.Action == AuditActions.Update && a.Changes!.Contains("\"IsActive\""))))
            .OrderByDescending(a => a.Sequence).Take(5000).ToListAsync(ct);
        return lines.Select(Of).ToList();
    }

    private static SecurityEvent Of(AuditEntry a)
    {
        var (detail, address) = SplitAddress(a.Reason);
        var kind = a.Action switch
        {
            AuditActions.SignInFailed when detail?.Contains("locked", StringComparison.Ordinal) == true => SecurityKind.LockedOut,
            AuditActions.SignInFailed => SecurityKind.SignInFailed,
            AuditActions.Refused => SecurityKind.Refused,
            _ => SecurityKind.RightsChanged,
        };
        var subject = kind == SecurityKind.RightsChanged ? $"{a.EntityType} {a.EntityId}" : a.EntityId;
        return new SecurityEvent(a.Sequence, a.At, kind, a.ActorName, subject, address,
            kind == SecurityKind.RightsChanged ? $"{a.Action}: {a.Changes}" : detail);
    }

    /// <summary>Reasons end in "from ADDRESS" (PasswordSignIn, CaseAccess).</summary>
    private static (string? Detail, string? Address) SplitAddress(string? reason)
    {
        var at = reason?.LastIndexOf("from ", StringComparison.Ordinal) ?? -1;
        return at < 0 ? (reason, null) : (reason![..at].TrimEnd(' ', ';'), reason[(at + 5)..].Trim() is { Length: > 0 } a ? a : null);
    }

    /// <summary>
    /// Alerts: within any hour, one account refused on at least <paramref name="threshold"/> different ids
    /// (probing), or one address failing to sign in that often (guessing); and every lockout.
    /// </summary>
    public static List<SecurityAlert> Alerts(IEnumerable<SecurityEvent> events, int threshold)
    {
        var list = events.OrderBy(e => e.At).ToList();
        var alerts = new List<SecurityAlert>();
        alerts.AddRange(Bursts(list.Where(e => e.Kind == SecurityKind.Refused), e => e.Actor, e => e.Subject, "probing", threshold));
        alerts.AddRange(Bursts(list.Where(e => e.Kind is SecurityKind.SignInFailed or SecurityKind.LockedOut && e.Address is not null),
            e => e.Address!, e => e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), "guessing", threshold));
        alerts.AddRange(list.Where(e => e.Kind == SecurityKind.LockedOut && e.Subject is not null)
            .Select(e => new SecurityAlert("lockout", e.Actor, 1, e.At, e.At)));
        return alerts.OrderByDescending(a => a.Last).ToList();
    }

    private static IEnumerable<SecurityAlert> Bursts(IEnumerable<SecurityEvent> events, Func<SecurityEvent, string> who,
        Func<SecurityEvent, string?> distinct, string kind, int threshold)
    {
        foreach (var group in events.GroupBy(who))
        {
            var items = group.ToList();
            var best = (Count: 0, First: default(DateTime), Last: default(DateTime));
            for (int start = 0, end = 0; end < items.Count; end++)
            {
                while (items[end].At - items[start].At > TimeSpan.FromHours(1))
                {
                    start++;
                }
                var count = items.Skip(start).Take(end - start + 1).Select(distinct).Distinct().Count();
                if (count > best.Count)
                {
                    best = (count, items[start].At, items[end].At);
                }
            }
            if (best.Count >= threshold)
            {
                yield return new SecurityAlert(kind, group.Key, best.Count, best.First, best.Last);
            }
        }
    }
}
