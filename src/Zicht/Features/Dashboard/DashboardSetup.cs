using System.CommandLine;
using Zicht.Features.Trajectories;

namespace Zicht.Features.Dashboard;

/// <summary>Plugs trajectories, dashboards, exports and the benchmark into the app (services) and the command line.</summary>
internal static class DashboardSetup
{
    public static void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<TrajectoryImport>();
        builder.Services.AddScoped<ResearchExport>();
        builder.Services.AddScoped<FigureQueries>();
        builder.Services.AddScoped<DashboardData>();
    }

    public static void AddCommands(RootCommand root)
    {
        root.Subcommands.Add(ImportCommand.Build());
        root.Subcommands.Add(ExportCommand.Build());
        root.Subcommands.Add(Bench.BenchCommand.Build());
    }
}
