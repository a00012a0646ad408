using System.CommandLine;

namespace Zicht.Infrastructure.Web;

/// <summary>
/// Finds every <see cref="IFeature"/> in the assembly (in a stable order) and lets each plug itself in.
/// Adding a feature means adding a class that implements IFeature in its folder; this file never changes.
/// </summary>
internal static class FeatureRegistry
{
    public static IReadOnlyList<IFeature> All { get; } = typeof(IFeature).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IFeature).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (IFeature)Activator.CreateInstance(t)!)
        .ToList();

    public static void AddFeatureServices(WebApplicationBuilder builder)
    {
        foreach (var feature in All)
        {
            feature.AddServices(builder);
        }
    }

    public static void UseFeatures(WebApplication app)
    {
        foreach (var feature in All)
        {
            feature.Use(app);
        }
    }

    public static void AddFeatureCommands(RootCommand root)
    {
        foreach (var feature in All)
        {
            feature.AddCommands(root);
        }
    }

    public static async Task PrepareAsync(WebApplication app, IServiceProvider services, CancellationToken ct)
    {
        foreach (var feature in All)
        {
            await feature.PrepareAsync(app, services, ct);
        }
    }
}
