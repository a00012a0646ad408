using Zicht.Infrastructure;

namespace Zicht.Features.FamilyView;

/// <summary>The family view: links for parents to read what the worker released.</summary>
internal sealed class FamilyViewFeature : IFeature
{
    public void AddServices(WebApplicationBuilder builder) => builder.Services.AddScoped<FamilyViews>();
}
