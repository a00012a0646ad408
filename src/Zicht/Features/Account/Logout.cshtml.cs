using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Features.Account;

public class LogoutModel(SignInManager<StaffUser> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp ends this session everywhere: a copy of the cookie no longer works.
        if (await signIn.UserManager.GetUserAsync(User) is { } user)
        {
            await SessionValidator.EndSessionsAsync(signIn.UserManager, user);
        }
        await signIn.SignOutAsync();
        return Redirect("/aanmelden");
    }
}
