using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnitV3;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Zicht.Tests.Architecture;

/// <summary>
/// The arrows of docs/architecture.md, enforced: features form no cycle, and the kernel, Data and
/// Infrastructure know no feature (features plug themselves in through IFeature and IDerivedRows).
/// Razor views are checked too (they compile into Zicht.Features.*, see _ViewImports).
/// </summary>
public class ArchitectureTests
{
    private static readonly ArchUnitNET.Domain.Architecture Zicht =
        new ArchLoader().LoadAssemblies(typeof(Program).Assembly).Build();

    private static readonly IObjectProvider<IType> Features = Types().That().ResideInNamespaceOrBelow("Zicht.Features").As("the features");

    /// <summary>A feature folder is the third part of the namespace: Zicht.Features.Surveys.Statistics belongs to Surveys.</summary>
    [Fact]
    public void Feature_folders_depend_on_each_other_without_cycles()
    {
        static string? FeatureOf(IType t) => t.Namespace?.FullName?.Split('.') is ["Zicht", "Features", var f, ..] ? f : null;
        var edges = new Dictionary<string, HashSet<string>>();
        var examples = new Dictionary<(string, string), string>();
        foreach (var type in Zicht.Types)
        {
            if (FeatureOf(type) is not { } from)
            {
                continue;
            }
            foreach (var dependency in type.Dependencies)
            {
                if (FeatureOf(dependency.Target) is { } to && to != from && (edges.TryAdd(from, []) | true) && edges[from].Add(to))
                {
                    examples[(from, to)] = $"{type.FullName} -> {dependency.Target.FullName}";
                }
            }
        }
        Assert.Contains("Trajectories", edges["Dashboard"]); // the graph is read at all
        var cycles = FeatureGraph.Cycles(edges);
        Assert.True(cycles.Count == 0, string.Join("\n", cycles.Select(c => string.Join(" -> ", c) + ": " +
            string.Join("; ", c.SelectMany(a => c.Select(b => examples.GetValueOrDefault((a, b))).OfType<string>())))));
    }

    [Fact]
    public void Infrastructure_knows_no_feature() =>
        Types().That().ResideInNamespaceOrBelow("Zicht.Infrastructure").Should().NotDependOnAny(Features).Check(Zicht);

    [Fact]
    public void Data_knows_no_feature() =>
        Types().That().ResideInNamespaceOrBelow("Zicht.Data").And().DoNotResideInNamespaceOrBelow("Zicht.Data.Migrations")
            .Should().NotDependOnAny(Features).Check(Zicht);

    [Fact]
    public void The_kernel_knows_no_feature() =>
        Types().That().ResideInNamespaceOrBelow("Zicht.Kernel").Should().NotDependOnAny(Features).Check(Zicht);

    /// <summary>
    /// DuckDB is the benchmark's columnar yardstick (docs/decisions/065); in the app only the in-memory
    /// figure mirror uses it (docs/decisions/093), so no other code can put case data in it.
    /// </summary>
    [Fact]
    public void Only_the_benchmark_and_the_figure_mirror_use_DuckDB()
    {
        static bool IsDuckDb(IType t) => t.Namespace?.FullName?.StartsWith("DuckDB", StringComparison.Ordinal) == true;
        var users = Zicht.Types.Where(t => !IsDuckDb(t) && t.Dependencies.Any(d => IsDuckDb(d.Target)))
            .Select(t => t.Namespace.FullName == "Zicht.Features.Bench" ? t.Namespace.FullName : t.FullName.Split('+')[0])
            .Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Zicht.Features.Bench", "Zicht.Features.Dashboard.FigureMirror"], users);
    }
}
