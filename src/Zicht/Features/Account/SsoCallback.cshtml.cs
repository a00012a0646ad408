using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Kernel;

namespace Zicht.Features.Account;

/// <summary>
/// After agency SSO: the staff member is found by an existing external-login link, or else linked once by
/// a verified, unique address (<see cref="SsoRules"/>). SSO never creates staff and never signs in a
/// deactivated account; every attempt is in the audit trail like a password sign-in.
/// </summary>
public class SsoCallbackModel(SignInManager<StaffUser> signIn, ZichtDb db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            return Redirect("/aanmelden");
        }
        var users = signIn.UserManager;
        var user = await users.FindByLoginAsync(info.LoginProvider, info.ProviderKey);
        string? refusal = user is { IsActive: false } ? "sso: account deactivated" : null;
        if (user is null)
        {
            var address = SsoRules.AddressOf(info.Principal)?.ToUpperInvariant();
            var candidates = address is null ? [] : await users.Users.Where(u => u.NormalizedEmail == address)
                .Select(u => new SsoRules.Candidate(u.Id, u.IsActive)).Take(2).ToListAsync();
            (var staffId, refusal) = SsoRules.Match(info.Principal, candidates);
            user = staffId is null ? null : await users.FindByIdAsync(staffId.Value.ToString());
            if (user is not null && !(await users.AddLoginAsync(user, info)).Succeeded)
            {
                (user, refusal) = (null, "sso: link failed");
            }
        }
        if (user is null || refusal is not null)
        {
            await RecordAsync(user, AuditActions.SignInFailed, refusal ?? "sso: refused");
            return Page();
        }
        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        await RecordAsync(user, AuditActions.SignIn, "sso");
        return LocalRedirect(Url.IsLocalUrl(returnUrl) && returnUrl != "/" ? returnUrl! : Home.IndexModel.Landing);
    }

    private Task RecordAsync(StaffUser? user, string action, string reason) =>
        SignInAudit.RecordAsync(db, user, action, $"{reason}; from {db.Context.ClientAddress}");
}
