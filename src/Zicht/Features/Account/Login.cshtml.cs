using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;
using Zicht.Kernel;

namespace Zicht.Features.Account;

public class LoginModel(SignInManager<StaffUser> signIn, ZichtDb db, IConfiguration config, IStringLocalizer<SharedText> t) : PageModel
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

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Input.UserName, Input.Password, isPersistent: false, lockoutOnFailure: true);
        var user = await signIn.UserManager.FindByNameAsync(Input.UserName);
        if (result.Succeeded && user is { IsActive: true })
        {
            db.Context.StaffId = user.Id;
            db.Context.ActorName = user.UserName!;
            db.RecordAudit(AuditActions.SignIn, nameof(StaffUser), user.Id.ToString(), null);
            await db.SaveChangesAsync();
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/");
        }
        if (result.Succeeded)
        {
            await signIn.SignOutAsync();
        }
        // The same message for unknown user, wrong password and deactivated account.
        ModelState.AddModelError("", result.IsLockedOut
            ? t["Too many failed attempts. This account is locked for 15 minutes."]
            : t["User name or password is not correct."]);
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
