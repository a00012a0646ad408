namespace Zicht.Infrastructure.Audit;

/// <summary>
/// The benchmark's switch (issue 13: throughput with read-auditing on against off, in the same run): reads are not
/// recorded only when <c>Zicht:Bench:ReadAuditingOff</c> is true <b>and</b> the host runs in the "Benchmark"
/// environment, which no deployment uses. Changes are always recorded.
/// </summary>
public sealed class ReadAuditing(IConfiguration configuration, IHostEnvironment env)
{
    public bool Off { get; } = env.IsEnvironment("Benchmark") && configuration.GetValue("Zicht:Bench:ReadAuditingOff", false);
}
