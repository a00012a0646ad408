using System.Diagnostics;

namespace Zicht.Features.CaseReports;

/// <summary>
/// Runs headless Chromium for one print, bounded: at most <see cref="PdfOptions.MaxConcurrent"/> at once
/// (others wait up to <see cref="PdfOptions.QueueSeconds"/>), killed with its whole process tree after
/// <see cref="PdfOptions.TimeoutSeconds"/> or when the tree's memory passes <see cref="PdfOptions.MaxMemoryMb"/>.
/// Chromium keeps its sandbox: when the app runs as root it starts Chromium as the unprivileged
/// <see cref="PdfOptions.RunAs"/> user (decision 049); only if that user is missing does it fall back to
/// --no-sandbox, with a warning in the log.
/// </summary>
public sealed partial class ChromiumRunner(Microsoft.Extensions.Options.IOptions<PdfOptions> options, ILogger<ChromiumRunner> log) : IDisposable
{
    private readonly SemaphoreSlim slots = new(Math.Max(1, options.Value.MaxConcurrent));

    public void Dispose() => slots.Dispose();

    public enum Outcome { Done, Busy, TimedOut, TooMuchMemory, Failed }

    /// <summary>Prints <paramref name="source"/> (a file in <paramref name="workDir"/>) to <paramref name="target"/>.</summary>
    public async Task<Outcome> PrintAsync(string workDir, string source, string target, CancellationToken ct)
    {
        var o = options.Value;
        if (!await slots.WaitAsync(TimeSpan.FromSeconds(o.QueueSeconds), ct))
        {
            return Outcome.Busy;
        }
        try
        {
            var user = IsRoot ? UnixUser.Find(o.RunAs) : null;
            if (IsRoot && user is null)
            {
                LogNoSandbox(log, o.RunAs);
            }
            if (user is { } u)
            {
                await UnixUser.GiveToAsync(workDir, u, ct);
            }
            var start = Command(o, user, workDir, source, target);
            using var chromium = Process.Start(start)!;
            var watchdog = WatchAsync(chromium, o.MaxMemoryMb * 1024L * 1024L, TimeSpan.FromSeconds(o.TimeoutSeconds), ct);
            await Task.WhenAll(chromium.StandardError.ReadToEndAsync(ct), chromium.StandardOutput.ReadToEndAsync(ct), chromium.WaitForExitAsync(ct));
            var stopped = await watchdog;
            return stopped ?? (File.Exists(target) ? Outcome.Done : Outcome.Failed);
        }
        finally
        {
            slots.Release();
        }
    }

    private static ProcessStartInfo Command(PdfOptions o, UnixUser? user, string workDir, string source, string target)
    {
        var start = new ProcessStartInfo(user is null ? o.Chromium : "/usr/bin/setpriv")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = workDir,
        };
        if (user is not null)
        {
            foreach (var arg in new[] { $"--reuid={user.Uid}", $"--regid={user.Gid}", "--clear-groups", "--", o.Chromium })
            {
                start.ArgumentList.Add(arg);
            }
        }
        start.Environment["HOME"] = workDir;
        foreach (var arg in new[]
        {
            "--headless", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--no-first-run", "--no-pdf-header-footer",
            $"--user-data-dir={Path.Combine(workDir, "profile")}", $"--print-to-pdf={target}", $"file://{source}",
        })
        {
            start.ArgumentList.Add(arg);
        }
        if (IsRoot && user is null)
        {
            start.ArgumentList.Add("--no-sandbox");
        }
        return start;
    }

    /// <summary>Kills the tree at the deadline or above the memory cap; null when Chromium ended by itself.</summary>
    private static async Task<Outcome?> WatchAsync(Process chromium, long maxBytes, TimeSpan timeout, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (!chromium.HasExited)
        {
            Outcome? stop = clock.Elapsed > timeout ? Outcome.TimedOut : ProcessTree.ResidentBytes(chromium.Id) > maxBytes ? Outcome.TooMuchMemory : null;
            if (stop is not null || ct.IsCancellationRequested)
            {
                try
                {
                    chromium.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It ended between the check and the kill.
                }
                return stop ?? Outcome.Failed;
            }
            await Task.Delay(100, CancellationToken.None);
        }
        return null;
    }

    private static bool IsRoot => OperatingSystem.IsLinux() && Environment.UserName == "root";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chromium runs without its sandbox: the app runs as root and the user '{User}' for the renderer does not exist (see docs/operations.md)")]
    private static partial void LogNoSandbox(ILogger logger, string user);
}
