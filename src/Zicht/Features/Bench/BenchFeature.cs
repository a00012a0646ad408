using System.CommandLine;
using Zicht.Infrastructure;

namespace Zicht.Features.Bench;

/// <summary><c>./zicht bench dashboard</c>.</summary>
internal sealed class BenchFeature : IFeature
{
    public void AddCommands(RootCommand root) => root.Subcommands.Add(BenchCommand.Build());
}
