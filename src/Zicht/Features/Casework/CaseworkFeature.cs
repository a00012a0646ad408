using Zicht.Infrastructure;

namespace Zicht.Features.Casework;

/// <summary>The services every casework page shares.</summary>
internal sealed class CaseworkFeature : IFeature
{
    public void AddServices(WebApplicationBuilder builder) => builder.Services.AddScoped<CaseworkServices>();
}
