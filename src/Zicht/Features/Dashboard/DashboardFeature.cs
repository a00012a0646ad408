using System.CommandLine;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Zicht.Data;
using Zicht.Infrastructure;

namespace Zicht.Features.Dashboard;

/// <summary>Dashboards and their exports; rebuilds the duration cells after a bulk write of trajectories.</summary>
internal sealed class DashboardFeature : IFeature
{
    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<FigureQueries>();
        // On unless switched off (memory: about 120 MiB per million trajectories; docs/decisions/093). Off, the same figures come from the cells and the trajectories.
        if (builder.Configuration.GetValue("Figures:Mirror", true))
        {
            builder.Services.AddSingleton<FigureMirror>();
            builder.Services.AddHostedService<FigureMirrorWarmUp>();
        }
        builder.Services.AddScoped<DashboardData>();
    }

    public void AddCommands(RootCommand root) => ExportCommand.AddTo(root);

    /// <summary>Saves need nothing (cells check the team stamps when read); an import builds the cells it made stale.</summary>
    private sealed class DurationCellsAfterImport : IDerivedRows
    {
        public DerivedWork? Plan(ZichtDb db, IReadOnlyList<EntityEntry> changes) => null;

        public Task AfterBulkWriteAsync(ZichtDb db, ILogger? log, CancellationToken ct) => DurationCells.RefreshAsync(db, log, ct);
    }
}
