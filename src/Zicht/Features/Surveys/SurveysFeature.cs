using System.Threading.RateLimiting;
using Zicht.Infrastructure;

namespace Zicht.Features.Surveys;

/// <summary>Instruments as data, and the rate limit of the public survey pages (Feedback and StaffSurvey use both).</summary>
internal sealed class SurveysFeature : IFeature
{
    public void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<InstrumentStore>();
        var perMinute = builder.Configuration.GetValue("Zicht:Feedback:PublicRequestsPerMinute", 60);
        // Public pages are reachable without an account: limit each client address so nobody can hammer
        // the token lookup or flood submissions.
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SurveysSetup.PublicRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) }));
        });
    }
}
