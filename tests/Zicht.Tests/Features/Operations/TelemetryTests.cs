using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace Zicht.Tests.Features.Operations;

public sealed class OtlpNode : IAsyncLifetime
{
    public NodeApp App { get; } = new() { Settings = { ["Zicht:Otlp:Endpoint"] = "http://127.0.0.1:4317" } };

    public ValueTask InitializeAsync() => App.InitializeAsync();

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

public class TelemetryTests(OtlpNode node, ZichtApp plain) : IClassFixture<OtlpNode>, IClassFixture<ZichtApp>
{
    [Fact]
    public async Task Traces_and_metrics_are_exported_only_when_an_endpoint_is_configured()
    {
        Assert.NotNull(node.App.Services.GetService<TracerProvider>());
        Assert.Null(plain.Services.GetService<TracerProvider>());
        // The app serves as usual while its collector is unreachable.
        Assert.Equal("Healthy", await (await node.App.NewClient().GetAsync("/health/live")).TextAsync());
    }
}
