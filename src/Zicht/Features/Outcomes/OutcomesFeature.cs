using System.CommandLine;
using Zicht.Infrastructure;

namespace Zicht.Features.Outcomes;

/// <summary>Time-to-event figures and fidelity against outcomes: their services and the <c>export survival</c> command.</summary>
internal sealed class OutcomesFeature : IFeature
{
    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SurvivalQueries>();
        builder.Services.AddScoped<SurvivalPageData>();
        builder.Services.AddScoped<FidelityQueries>();
    }

    public void AddCommands(RootCommand root) => SurvivalCommand.AddTo(root);
}
