using System.CommandLine;
using Zicht.Infrastructure;

namespace Zicht.Features.Bench;

/// <summary><c>./zicht bench dashboard</c>, <c>./zicht bench audit</c>.</summary>
internal sealed class BenchFeature : IFeature
{
    public void AddCommands(RootCommand root)
    {
        var bench = BenchCommand.Build();
        bench.Subcommands.Add(AuditBench.Build());
        bench.Subcommands.Add(CaseworkerBench.Build());
        root.Subcommands.Add(bench);
    }
}
