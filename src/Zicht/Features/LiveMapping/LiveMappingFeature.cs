using System.Threading.RateLimiting;
using Zicht.Infrastructure;

namespace Zicht.Features.LiveMapping;

/// <summary>Live mapping in a meeting: services, the rate limits of the pages without account, and the live stream.</summary>
internal sealed class LiveMappingFeature : IFeature
{
    public const string JoinRateLimit = "live-join";
    public const string ParticipantRateLimit = "live-participant";

    public void AddServices(WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<LiveMappingOptions>(builder.Configuration.GetSection("Zicht:LiveMapping"));
        services.AddScoped<LiveMeetings>();
        services.AddScoped<LiveBoard>();
        services.AddScoped<LiveDecisions>();
        services.AddScoped<LiveClosing>();
        var options = builder.Configuration.GetSection("Zicht:LiveMapping").Get<LiveMappingOptions>() ?? new LiveMappingOptions();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Joining is where a code could be guessed: few attempts per address, counted on every post.
            o.AddPolicy(JoinRateLimit, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter("live-join:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.JoinAttemptsPerMinute, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("live-join:page"));
            o.AddPolicy(ParticipantRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                "live-participant:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.ParticipantRequestsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
    }

    public void Use(WebApplication app) => LiveStream.Map(app);
}
