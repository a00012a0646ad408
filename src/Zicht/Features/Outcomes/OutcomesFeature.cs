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
        builder.Services.AddScoped<OutcomeFigures>();
        builder.Services.AddScoped<OutcomeTrajectoryFigures>();
    }

    /// <summary>The outcome table's default indicators are configuration: every installation starts with them.</summary>
    public Task PrepareAsync(WebApplication app, IServiceProvider services, CancellationToken ct) =>
        OutcomeTable.EnsureAsync(services.GetRequiredService<Data.ZichtDb>(), ct);

    public void AddCommands(RootCommand root) => SurvivalCommand.AddTo(root);
}
