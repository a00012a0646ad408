using System.Diagnostics;
using Npgsql;

namespace Zicht.Tests.Features.Operations.Faults;

/// <summary>
/// A PostgreSQL cluster of the test's own (pg_createcluster on a free port, dropped at the end), so a test
/// may stop and start it without touching the suite's or anyone else's cluster. Needs root (as test.sh runs).
/// </summary>
public sealed class ThrowawayCluster : IAsyncDisposable
{
    private readonly string _version;

    public string Name { get; }
    public int Port { get; }
    public string Server => $"Host=127.0.0.1;Port={Port};Username=postgres;Password=zicht";

    private ThrowawayCluster(string version, string name, int port)
    {
        _version = version;
        Name = name;
        Port = port;
    }

    /// <summary>Why this machine cannot make one, or null when it can.</summary>
    public static string? Unavailable() =>
        !File.Exists("/usr/bin/pg_createcluster") ? "pg_createcluster is not installed"
        : Environment.UserName != "root" ? "creating a PostgreSQL cluster needs root"
        : null;

    public static async Task<ThrowawayCluster> CreateAsync()
    {
        var version = Directory.GetDirectories("/usr/lib/postgresql").Select(Path.GetFileName).OrderBy(v => int.Parse(v!)).Last()!;
        var cluster = new ThrowawayCluster(version, $"zichtfault{Guid.NewGuid():N}"[..18], NodeProcess.FreePort());
        await RunAsync("pg_createcluster", version, cluster.Name, "-p", cluster.Port.ToString(), "--start");
        await RunAsync("runuser", "-u", "postgres", "--", "psql", "-q", "-p", cluster.Port.ToString(), "-c", "ALTER USER postgres PASSWORD 'zicht'");
        return cluster;
    }

    /// <summary>Stops the server (fast: open connections are cut), waits, starts it again.</summary>
    public async Task RestartAsync(TimeSpan down)
    {
        await RunAsync("pg_ctlcluster", "-m", "fast", _version, Name, "stop");
        await Task.Delay(down);
        await RunAsync("pg_ctlcluster", _version, Name, "start");
    }

    public async Task<DateTime> StartedAtAsync()
    {
        await using var connection = new NpgsqlConnection(Server + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_postmaster_start_time()", connection);
        return (DateTime)(await command.ExecuteScalarAsync())!;
    }

    private static async Task RunAsync(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {await output}{await error}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsync("pg_dropcluster", _version, Name, "--stop");
    }
}
