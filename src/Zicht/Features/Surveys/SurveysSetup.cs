using System.Threading.RateLimiting;
using Zicht.Features.Feedback;
using Zicht.Features.StaffSurvey;

namespace Zicht.Features.Surveys;

/// <summary>Services of the three "voices" folders (Surveys, Feedback, StaffSurvey), plugged in by FeatureRegistry.</summary>
public static class SurveysSetup
{
    public const string PublicRateLimit = "public-survey";

    public static void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<FeedbackOptions>(builder.Configuration.GetSection("Zicht:Feedback"));
        services.AddScoped<InstrumentStore>();
        services.AddScoped<FeedbackInvitations>();
        services.AddScoped<FeedbackSubmission>();
        services.AddScoped<FeedbackReports>();
        services.AddScoped<FollowUps>();
        services.AddSingleton<FeedbackMail>();
        services.AddScoped<StaffBallotBox>();
        services.AddScoped<StaffResults>();
        services.AddScoped<StaffWaves>();
        services.AddHostedService<FollowUpJob>();
        var perMinute = builder.Configuration.GetValue("Zicht:Feedback:PublicRequestsPerMinute", 60);
        // Public pages are reachable without an account: limit each client address so nobody can hammer
        // the token lookup or flood submissions.
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(PublicRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) }));
        });
    }

    public static void Use(WebApplication app)
    {
        app.UseRateLimiter();
        StaffExport.Map(app);
    }
}
