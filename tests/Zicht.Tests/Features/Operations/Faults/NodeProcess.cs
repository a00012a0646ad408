using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Zicht.Tests.Features.Operations.Faults;

/// <summary>
/// The real Zicht executable (`dotnet Zicht.dll serve`, as ./zicht runs it) as a separate process on a port
/// of its own: a node that a test can kill -9 and start again on the same port. Its log lines go to the
/// suite log (test.sh scans them for secrets) and are kept for the test to wait on.
/// </summary>
public sealed class NodeProcess : IAsyncDisposable
{
    private readonly string _provider;
    private readonly string _connection;
    private readonly Dictionary<string, string> _settings;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly string _disk = Directory.CreateTempSubdirectory("zicht-node-").FullName;
    private Process? _process;

    public string Name { get; }
    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}";
    public int Pid => _process?.Id ?? 0;
    public bool Running => _process is { HasExited: false };
    public IEnumerable<string> Lines => _lines;

    private NodeProcess(string name, string provider, string connection, IDictionary<string, string>? settings)
    {
        Name = name;
        _provider = provider;
        _connection = connection;
        _settings = new Dictionary<string, string>(settings ?? new Dictionary<string, string>());
        Port = FreePort();
    }

    /// <summary>Starts a node on <paramref name="database"/> (already migrated) and waits until it is ready.</summary>
    public static Task<NodeProcess> StartAsync(string name, TestDatabase database, IDictionary<string, string>? settings = null) =>
        StartAsync(name, database.Provider, database.ConnectionString, settings);

    public static async Task<NodeProcess> StartAsync(string name, string provider, string connection, IDictionary<string, string>? settings = null)
    {
        var node = new NodeProcess(name, provider, connection, settings);
        await node.StartAgainAsync();
        return node;
    }

    /// <summary>Starts the process (again, on the same port) and waits for /health/ready.</summary>
    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = ContentRoot };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Zicht.dll"));
        start.ArgumentList.Add("serve");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_CONTENTROOT"] = ContentRoot;
        start.Environment["ASPNETCORE_URLS"] = Url;
        start.Environment["Database__Provider"] = _provider;
        start.Environment["ConnectionStrings__Zicht"] = _connection;
        start.Environment["Zicht__MigrateOnStart"] = "false";
        start.Environment["Zicht__PseudonymKey"] = "test-pseudonym-key";
        start.Environment["Zicht__AuditKey"] = ZichtApp.TestAuditKey;
        start.Environment["Zicht__Uploads__Root"] = Path.Combine(_disk, "uploads");
        start.Environment["Zicht__Feedback__PublicRequestsPerMinute"] = "1000000";
        foreach (var (key, value) in _settings)
        {
            start.Environment[key] = value;
        }
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 240; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Node {Name} exited with {_process.ExitCode}:\n{string.Join('\n', _lines.TakeLast(30))}");
            }
            try
            {
                if ((await client.GetAsync(Url + "/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
            await Task.Delay(250);
        }
        throw new InvalidOperationException($"Node {Name} did not become ready:\n{string.Join('\n', _lines.TakeLast(30))}");
    }

    /// <summary>kill -9: SIGKILL, no shutdown code runs, then waits until the process is gone.</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } p)
        {
            p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync();
        }
    }

    /// <summary>Waits until the node has logged a line containing <paramref name="text"/>.</summary>
    public async Task WaitForLogAsync(string text, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        while (!_lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            if (DateTime.UtcNow > until || !Running)
            {
                throw new InvalidOperationException($"Node {Name} never logged '{text}':\n{string.Join('\n', _lines.TakeLast(30))}");
            }
            await Task.Delay(50);
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
            SuiteLog.Write($"node {Name}: {line}");
        }
    }

    public static string ContentRoot { get; } = FindContentRoot();

    private static string FindContentRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Zicht.slnx")))
            {
                return Path.Combine(dir.FullName, "src", "Zicht");
            }
        }
        return AppContext.BaseDirectory;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        Directory.Delete(_disk, recursive: true);
    }
}
