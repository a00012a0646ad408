using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Zicht.Kernel;

namespace Zicht.Infrastructure.Auth;

/// <summary>
/// A session ends the moment its rights do. The cookie's security stamp is checked against the
/// database on every request (validation interval zero), and an account that is deactivated fails
/// the check too. Sign-out, deactivation, a change of roles and a password reset all give the person
/// a new stamp, so every cookie issued before it, on every node and in every copy, stops working at its
/// next request. Cost: one lookup of the user by primary key per request.
/// </summary>
internal sealed class SessionValidator(
    IOptions<SecurityStampValidatorOptions> options, SignInManager<StaffUser> signIn, ILoggerFactory logger)
    : SecurityStampValidator<StaffUser>(options, signIn, logger)
{
    protected override async Task<StaffUser?> VerifySecurityStamp(ClaimsPrincipal? principal)
    {
        var user = await base.VerifySecurityStamp(principal);
        return user is { IsActive: true } ? user : null;
    }

    /// <summary>
    /// The base rebuilds the principal from the database and reissues the cookie after every check (five
    /// queries per request with a zero interval). Not needed: every change of roles gives a new stamp, so a
    /// cookie whose stamp still matches carries the current roles.
    /// </summary>
    protected override Task SecurityStampVerified(StaffUser user, CookieValidatePrincipalContext context) => Task.CompletedTask;

    /// <summary>Ends every session of <paramref name="user"/> (a new security stamp).</summary>
    public static Task<IdentityResult> EndSessionsAsync(UserManager<StaffUser> users, StaffUser user) => users.UpdateSecurityStampAsync(user);
}
