using System.Collections.Concurrent;

namespace Zicht.Features.Account;

/// <summary>
/// Failed sign-ins per client address in a window (<c>Zicht:SignIn:FailuresPerAddress</c>, default 8 per 15
/// minutes). Past it, that address's attempts are refused before any password is checked. It is set below
/// the account lockout (10), so one address alone cannot lock a colleague out; only failures count, so an
/// office behind one address signing in every morning is not limited. Kept per node (memory): with N nodes
/// an address gets at most N times the budget, still far below guessing speed.
/// </summary>
public sealed class SignInThrottle(IConfiguration configuration, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, (int Count, DateTime Since)> failures = new();
    private readonly int limit = configuration.GetValue("Zicht:SignIn:FailuresPerAddress", 8);

    public bool IsBlocked(string? address) =>
        failures.TryGetValue(address ?? "", out var f) && time.GetUtcNow().UtcDateTime - f.Since < Window && f.Count >= limit;

    public void Failed(string? address)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (failures.Count > 100_000)
        {
            foreach (var old in failures.Where(f => now - f.Value.Since >= Window).Select(f => f.Key).ToList())
            {
                failures.TryRemove(old, out _);
            }
        }
        failures.AddOrUpdate(address ?? "", _ => (1, now), (_, f) => now - f.Since >= Window ? (1, now) : (f.Count + 1, f.Since));
    }
}
