using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Infrastructure.Audit;

namespace Zicht.Tests.Infrastructure;

/// <summary>
/// For contexts made by hand (scratch databases): the services the app would give them, i.e. the audit key
/// and the configuration the audit chain reads its partition count from.
/// </summary>
public static class TestAuditKey
{
    private static readonly IConfiguration Configuration = new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Zicht:AuditKey"] = ZichtApp.TestAuditKey }).Build();

    public static IServiceProvider Services { get; } = new ServiceCollection()
        .AddSingleton(Configuration)
        .AddSingleton(new AuditKey(Configuration))
        .BuildServiceProvider();
}
