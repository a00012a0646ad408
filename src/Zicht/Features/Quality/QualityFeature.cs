using System.CommandLine;
using Zicht.Infrastructure;

namespace Zicht.Features.Quality;

/// <summary>Plugs provider quality into the app (services) and the command line (quality and inspection import and export).</summary>
internal sealed class QualityFeature : IFeature
{
    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<QualityServices>();
        builder.Services.AddScoped<QualityImport>();
    }

    public void AddCommands(RootCommand root) => QualityCommands.AddTo(root);
}
