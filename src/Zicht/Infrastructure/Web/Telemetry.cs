using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Zicht.Infrastructure.Web;

/// <summary>
/// OpenTelemetry traces and metrics, exported over OTLP only when an endpoint is configured
/// (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c>, or <c>Zicht:Otlp:Endpoint</c>). Spans carry the route and the ids in the
/// path, never the query string (a search for a family's name) or bodies: telemetry, like logs, carries ids only.
/// </summary>
public static class Telemetry
{
    public static string? Endpoint(IConfiguration configuration) =>
        configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 } standard ? standard
        : configuration["Zicht:Otlp:Endpoint"] is { Length: > 0 } own ? own : null;

    public static void Add(WebApplicationBuilder builder)
    {
        if (Endpoint(builder.Configuration) is not { } endpoint)
        {
            return;
        }
        var uri = new Uri(endpoint);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("zicht", serviceInstanceId: Jobs.Lease.ThisNode))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.EnrichWithHttpRequest = (activity, _) => activity.SetTag("url.query", null))
                .AddOtlpExporter(o => o.Endpoint = uri))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddMeter("Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Net.Http")
                .AddOtlpExporter(o => o.Endpoint = uri));
    }
}
