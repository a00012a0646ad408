using System.CommandLine;

namespace Zicht.Infrastructure;

/// <summary>
/// How a feature folder plugs itself into the one executable: its services, its part of the web
/// pipeline, its commands and its start-up work. Every non-abstract implementation in the assembly is
/// found by <see cref="Web.FeatureRegistry"/>; nothing lists the features by hand. Each method is optional.
/// </summary>
public interface IFeature
{
    /// <summary>Services of the feature, for the web app and the command line alike.</summary>
    void AddServices(WebApplicationBuilder builder)
    {
    }

    /// <summary>Middleware or endpoints, added before the Razor pages are mapped.</summary>
    void Use(WebApplication app)
    {
    }

    /// <summary>Commands of <c>./zicht</c> (import, export, bench …).</summary>
    void AddCommands(RootCommand root)
    {
    }

    /// <summary>Work when the web app starts, after migrations, in a scope acting as the system.</summary>
    Task PrepareAsync(WebApplication app, IServiceProvider services, CancellationToken ct) => Task.CompletedTask;
}
