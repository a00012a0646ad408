using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zicht.Kernel;

namespace Zicht.Features.Account;

/// <summary>
/// After agency SSO: the staff member is found by an existing external-login link, or else by the
/// e-mail claim (then linked). SSO never creates staff: an administrator does.
/// </summary>
public class SsoCallbackModel(SignInManager<StaffUser> signIn) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            return Redirect("/aanmelden");
        }
        var target = Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";
        var linked = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false);
        if (linked.Succeeded)
        {
            return LocalRedirect(target);
        }
        var email = info.Principal.FindFirstValue(ClaimTypes.Email);
        var user = email is null ? null : await signIn.UserManager.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == email.ToUpperInvariant() && u.IsActive);
        if (user is null || !(await signIn.UserManager.AddLoginAsync(user, info)).Succeeded)
        {
            return Page();
        }
        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect(target);
    }
}
