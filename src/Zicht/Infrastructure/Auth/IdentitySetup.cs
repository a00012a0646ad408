using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Zicht.Data;
using Zicht.Kernel;

namespace Zicht.Infrastructure.Auth;

/// <summary>Staff sign-in: ASP.NET Core Identity with lockout and password rules, plus optional agency SSO.</summary>
public static class IdentitySetup
{
    public const string OidcScheme = "AgencySso";

    public static IServiceCollection AddZichtIdentity(this IServiceCollection services, IConfiguration config)
    {
        services.AddAuthorization(Policies.Add);
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, CaseAuthorizationHandler>();
        services.AddIdentity<StaffUser, IdentityRole<Guid>>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireDigit = true;
                o.Lockout.MaxFailedAccessAttempts = 10; // above the per-address failure limit (SignInThrottle)
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<ZichtDb>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalisedIdentityErrors>();
        // Revocation is immediate: every request re-checks the security stamp and that the account is active.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddScoped<ISecurityStampValidator, SessionValidator>();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "zicht.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/aanmelden";
            o.LogoutPath = "/afmelden";
            o.AccessDeniedPath = "/fout";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // A refused page answers like a missing one: no redirect that would confirm it exists.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            };
        });

        var sso = config.GetSection("Authentication:Oidc");
        if (!string.IsNullOrEmpty(sso["Authority"]))
        {
            services.AddAuthentication().AddOpenIdConnect(OidcScheme, sso["DisplayName"] ?? "Agency SSO", o =>
            {
                o.Authority = sso["Authority"];
                o.ClientId = sso["ClientId"];
                o.ClientSecret = sso["ClientSecret"];
                o.ResponseType = "code";
                o.UsePkce = true;
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.CallbackPath = "/signin-oidc";
                o.Scope.Add("email");
                o.GetClaimsFromUserInfoEndpoint = true;
            });
        }
        return services;
    }

    public static bool SsoConfigured(IConfiguration config) => !string.IsNullOrEmpty(config["Authentication:Oidc:Authority"]);

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole<Guid>> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() });
            }
        }
    }
}
