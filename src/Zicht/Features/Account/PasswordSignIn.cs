using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Kernel;

namespace Zicht.Features.Account;

public enum SignInOutcome { SignedIn, Refused, Throttled }

/// <summary>
/// A password sign-in that tells an attacker nothing: unknown name, wrong password, locked or deactivated
/// account all get the same words and take the same time (a password hash is always checked, and every
/// refusal is padded to <c>Zicht:SignIn:RefusalMilliseconds</c>). Each attempt is in the audit trail, with
/// the client address, for the privacy officer's security log.
/// </summary>
public sealed class PasswordSignIn(
    SignInManager<StaffUser> signIn, IPasswordHasher<StaffUser> hasher, ZichtDb db, SignInThrottle throttle, IConfiguration configuration)
{
    public async Task<SignInOutcome> TryAsync(string name, string password)
    {
        var clock = Stopwatch.StartNew();
        var address = db.Context.ClientAddress;
        if (throttle.IsBlocked(address))
        {
            await RecordAsync(null, AuditActions.SignInFailed, $"refused: too many failures from this address; from {address}");
            return SignInOutcome.Throttled;
        }
        var user = await signIn.UserManager.FindByNameAsync(name);
        string why;
        if (user is null || await signIn.UserManager.IsLockedOutAsync(user))
        {
            // No password check happens for these in Identity: do one, so they take as long as a wrong password.
            hasher.VerifyHashedPassword(new StaffUser { DisplayName = "" }, DummyHash, password);
            why = user is null ? $"unknown name {Masked(name)}" : "account locked";
        }
        else
        {
            var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded && user.IsActive)
            {
                await RecordAsync(user, AuditActions.SignIn, $"from {address}");
                return SignInOutcome.SignedIn;
            }
            if (result.Succeeded)
            {
                await signIn.SignOutAsync();
            }
            why = result.Succeeded ? "account deactivated" : result.IsLockedOut ? "wrong password; account now locked" : "wrong password";
        }
        throttle.Failed(address);
        await RecordAsync(user, AuditActions.SignInFailed, $"{why}; from {address}");
        var floor = configuration.GetValue("Zicht:SignIn:RefusalMilliseconds", 500);
        if (clock.ElapsedMilliseconds < floor)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(floor - clock.ElapsedMilliseconds));
        }
        return SignInOutcome.Refused;
    }

    private string DummyHash => dummyHash ??= hasher.HashPassword(new StaffUser { DisplayName = "" }, "not-a-password-of-anyone-" + Guid.NewGuid());
    private static string? dummyHash;

    /// <summary>An unknown name may be a password typed in the wrong field: keep only enough to see repeats.</summary>
    private string Masked(string name) =>
        $"{new string(name.Trim().Take(2).ToArray())}… ({name.Length} characters, #{db.AuditKey.Sign("sign-in-name:" + name.Trim().ToLowerInvariant())[..8]})";

    private Task RecordAsync(StaffUser? user, string action, string reason)
    {
        // Whatever the sign-in left tracked must not be saved with the audit line.
        db.ChangeTracker.Clear();
        return SignInAudit.RecordAsync(db, user, action, reason);
    }
}
