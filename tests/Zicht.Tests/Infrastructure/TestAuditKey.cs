using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Infrastructure.Audit;

namespace Zicht.Tests.Infrastructure;

/// <summary>For contexts made by hand (scratch databases): the services the app would give them, i.e. the audit key.</summary>
public static class TestAuditKey
{
    public static IServiceProvider Services { get; } = new ServiceCollection()
        .AddSingleton(new AuditKey(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Zicht:AuditKey"] = ZichtApp.TestAuditKey }).Build()))
        .BuildServiceProvider();
}
