using System.Net;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;

namespace Zicht.Infrastructure.Web;

/// <summary>
/// Who may ask how often. Sign-in attempts are limited per client address, so guessing passwords, or
/// locking a colleague out, takes time; staff pages are limited per signed-in person (not per address:
/// a whole office behind one address must not share one budget). Client addresses come from
/// X-Forwarded-For only when the request came through a configured trusted proxy (Zicht:TrustedProxies),
/// otherwise anyone could choose their own address.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";

    public static void Add(WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var signInsPerMinute = config.GetValue("Zicht:SignIn:AttemptsPerMinute", 30);
        var staffPerMinute = config.GetValue("Zicht:StaffRequestsPerMinute", 600);
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignIn, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter("sign-in:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = signInsPerMinute, Window = TimeSpan.FromMinutes(1) })
                : RateLimitPartition.GetNoLimiter("sign-in:page"));
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } staff
                    ? RateLimitPartition.GetFixedWindowLimiter("staff:" + staff,
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = staffPerMinute, Window = TimeSpan.FromMinutes(1) })
                    : RateLimitPartition.GetNoLimiter("anonymous"));
        });
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only loopback is trusted by default. Named proxies replace that default (decision 073): then
            // only they are believed, so a process on a node's own host cannot choose its address either.
            var proxies = (config["Zicht:TrustedProxies"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (proxies.Length > 0)
            {
                o.KnownProxies.Clear();
                o.KnownIPNetworks.Clear();
            }
            foreach (var proxy in proxies)
            {
                if (proxy.Contains('/'))
                {
                    o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(proxy));
                }
                else
                {
                    o.KnownProxies.Add(IPAddress.Parse(proxy));
                }
            }
        });
    }
}
