using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.LoadBalancing;
using Yarp.ReverseProxy.Model;
using Yarp.ReverseProxy.Transforms;

namespace Zicht.Tests.Features.Operations.Faults;

/// <summary>
/// A real reverse proxy (YARP, in this process) in front of node processes: it probes /health/ready
/// twice a second and stops sending to a node that fails, sets X-Forwarded-For, connects to the nodes
/// from 127.0.0.2 (the address the nodes are told to trust) and names the node that answered in
/// X-Zicht-Node. A test may steer requests to one node; otherwise they go round robin.
/// </summary>
public sealed class ReverseProxy : IAsyncDisposable
{
    public static readonly IPAddress Address = IPAddress.Parse("127.0.0.2");
    public const string NodeHeader = "X-Zicht-Node";
    private readonly WebApplication _app;

    /// <summary>The node to send to while it is available; null for round robin.</summary>
    public string? Steer { get; set; }
    public string Url { get; }

    private ReverseProxy(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>Node settings that make a node believe this proxy, and only it.</summary>
    public static Dictionary<string, string> TrustingNodeSettings => new() { ["Zicht__TrustedProxies"] = Address.ToString() };

    public static async Task<ReverseProxy> StartAsync(params NodeProcess[] nodes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        ReverseProxy? proxy = null;
        builder.Services.AddSingleton<ILoadBalancingPolicy>(new SteeredPolicy(() => proxy?.Steer));
        builder.Services.AddSingleton<IForwarderHttpClientFactory, FromAddressClientFactory>();
        builder.Services.AddReverseProxy().LoadFromMemory(
            [new RouteConfig { RouteId = "all", ClusterId = "zicht", Match = new RouteMatch { Path = "{**rest}" } }],
            [new ClusterConfig
            {
                ClusterId = "zicht",
                LoadBalancingPolicy = SteeredPolicy.PolicyName,
                HealthCheck = new HealthCheckConfig
                {
                    Active = new ActiveHealthCheckConfig
                    {
                        Enabled = true,
                        Interval = TimeSpan.FromMilliseconds(500),
                        Timeout = TimeSpan.FromSeconds(2),
                        Policy = "ConsecutiveFailures",
                        Path = "/health/ready",
                    },
                },
                Destinations = nodes.ToDictionary(n => n.Name, n => new DestinationConfig { Address = n.Url }),
            }])
            .AddTransforms(t => t.AddResponseTransform(context =>
            {
                if (context.HttpContext.Features.Get<IReverseProxyFeature>()?.ProxiedDestination is { } node)
                {
                    context.HttpContext.Response.Headers[NodeHeader] = node.DestinationId;
                }
                return ValueTask.CompletedTask;
            }));
        var app = builder.Build();
        app.MapReverseProxy();
        await app.StartAsync();
        proxy = new ReverseProxy(app, app.Urls.First());
        return proxy;
    }

    /// <summary>Waits until the proxy's health probes have taken <paramref name="node"/> out of (or back into) rotation.</summary>
    public async Task WaitUntilAsync(string node, DestinationHealth health)
    {
        var lookup = _app.Services.GetRequiredService<IProxyStateLookup>();
        for (var i = 0; i < 600; i++)
        {
            if (lookup.TryGetCluster("zicht", out var cluster) && cluster.Destinations[node].Health.Active == health)
            {
                return;
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"The proxy never saw node {node} as {health}.");
    }

    /// <summary>A connection that starts from <paramref name="from"/> (any 127.x address is this host's loopback).</summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> ConnectFrom(IPAddress from) => async (context, ct) =>
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Bind(new IPEndPoint(from, 0));
            await socket.ConnectAsync(context.DnsEndPoint, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class FromAddressClientFactory : ForwarderHttpClientFactory
    {
        protected override void ConfigureHandler(ForwarderHttpClientContext context, SocketsHttpHandler handler)
        {
            base.ConfigureHandler(context, handler);
            handler.ConnectCallback = ConnectFrom(Address);
        }
    }

    private sealed class SteeredPolicy(Func<string?> steer) : ILoadBalancingPolicy
    {
        public const string PolicyName = "Steered";
        private int _next;

        public string Name => PolicyName;

        public DestinationState? PickDestination(HttpContext context, ClusterState cluster, IReadOnlyList<DestinationState> availableDestinations)
        {
            if (availableDestinations.Count == 0)
            {
                return null;
            }
            var wanted = steer();
            return availableDestinations.FirstOrDefault(d => d.DestinationId == wanted)
                ?? availableDestinations[(int)((uint)Interlocked.Increment(ref _next) % availableDestinations.Count)];
        }
    }
}
