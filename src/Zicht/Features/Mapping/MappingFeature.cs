using Zicht.Infrastructure;

namespace Zicht.Features.Mapping;

/// <summary>The mapping's headings come from configuration (Zicht:Mapping); the three columns are the default.</summary>
internal sealed class MappingFeature : IFeature
{
    public void AddServices(WebApplicationBuilder builder) =>
        builder.Services.Configure<MappingHeadings>(builder.Configuration.GetSection("Zicht:Mapping"));
}
