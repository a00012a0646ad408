using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;
using Zicht.Infrastructure.Web;
using Zicht.Kernel;

namespace Zicht.Features.Account;

[EnableRateLimiting(RateLimits.SignIn)]
public class LoginModel(SignInManager<StaffUser> signIn, PasswordSignIn passwords, IConfiguration config, IStringLocalizer<SharedText> t,
    Data.ZichtDb db, IWebHostEnvironment env, Microsoft.Extensions.Options.IOptions<ZichtOptions> options) : PageModel
{
    public sealed class LoginInput
    {
        [Required(ErrorMessage = "{0} is required.")]
        [Display(Name = "User name")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "{0} is required.")]
        [DataType(DataType.Password)]
        [Display(Name = "Password")]
        public string Password { get; set; } = "";
    }

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public bool SsoAvailable => IdentitySetup.SsoConfigured(config);

    /// <summary>The demo's accounts with their roles: only in local demo mode, never on a real installation.</summary>
    public List<(string UserName, string Name, List<string> Roles)> DemoLogins { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (options.Value.DemoMode && env.IsEnvironment("Local"))
        {
            var users = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.Users.Where(u => u.UserName!.EndsWith("@demo")).OrderBy(u => u.UserName)
                    .Select(u => new { u.Id, u.UserName, u.DisplayName }), ct);
            var roles = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name }, ct);
            DemoLogins = [.. users.Select(u => (u.UserName!, u.DisplayName, roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList()))];
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await passwords.TryAsync(Input.UserName, Input.Password);
        if (outcome == SignInOutcome.SignedIn)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) && ReturnUrl != "/" ? ReturnUrl! : Home.IndexModel.Landing);
        }
        // The same words for unknown name, wrong password, locked and deactivated account.
        ModelState.AddModelError("", outcome == SignInOutcome.Throttled
            ? t["Too many failed sign-ins from this address. Try again in 15 minutes."]
            : t["User name or password is not correct, or the account is locked for 15 minutes after too many attempts."]);
        return Page();
    }

    public IActionResult OnPostSso()
    {
        if (!SsoAvailable)
        {
            return NotFound();
        }
        var redirect = "/aanmelden/sso?returnUrl=" + Uri.EscapeDataString(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        var properties = signIn.ConfigureExternalAuthenticationProperties(IdentitySetup.OidcScheme, redirect);
        return Challenge(properties, IdentitySetup.OidcScheme);
    }
}
