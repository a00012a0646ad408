using Zicht.Infrastructure;

namespace Zicht.Features.Account;

/// <summary>Password sign-in with its throttle (SSO and sessions are set up in Infrastructure/Auth).</summary>
internal sealed class AccountFeature : IFeature
{
    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddScoped<PasswordSignIn>();
    }
}
