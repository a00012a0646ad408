using System.CommandLine;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Zicht.Data;
using Zicht.Infrastructure;

namespace Zicht.Features.Trajectories;

/// <summary>Import and research export of trajectories, and the team stamps every trajectory write gives.</summary>
internal sealed class TrajectoriesFeature : IFeature
{
    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<TrajectoryImport>();
        builder.Services.AddScoped<ResearchExport>();
    }

    public void AddCommands(RootCommand root) => ImportCommand.AddTo(root);

    /// <summary>A saved trajectory change gives its team (before and after) a new figure stamp, in the same transaction.</summary>
    private sealed class StampTeamsOfTrajectories : IDerivedRows
    {
        public DerivedWork? Plan(ZichtDb db, IReadOnlyList<EntityEntry> changes)
        {
            var teams = TeamFigureStamps.TouchedBy(changes);
            return teams.Count == 0 ? null : new DerivedWork(BeforeSave: ct => TeamFigureStamps.TouchAsync(db, teams, ct));
        }
    }
}
