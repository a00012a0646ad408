using Zicht.Infrastructure;

namespace Zicht.Features.CaseSummary;

/// <summary>The case summary card shown on the case page.</summary>
internal sealed class CaseSummaryFeature : IFeature
{
    public void AddServices(WebApplicationBuilder builder) => builder.Services.AddScoped<CaseSummaryReader>();
}
