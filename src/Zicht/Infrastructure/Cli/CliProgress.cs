using Spectre.Console;

namespace Zicht.Infrastructure.Cli;

/// <summary>Progress for long commands: a live bar on a terminal, a line per 10% when output is redirected.</summary>
public static class CliProgress
{
    public static async Task RunAsync(string label, long total, Func<IProgress<int>, Task> work)
    {
        if (!Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            await console.Progress().StartAsync(async ctx =>
            {
                var task = ctx.AddTask(label, maxValue: Math.Max(total, 1));
                await work(new Progress<int>(n => task.Value = n));
                task.Value = task.MaxValue;
            });
            return;
        }
        var lastDecile = -1L;
        await work(new SyncProgress(n =>
        {
            var decile = total <= 0 ? 10 : n * 10 / total;
            if (decile != lastDecile)
            {
                lastDecile = decile;
                Console.Error.WriteLine($"{label}: {n}/{total}");
            }
        }));
    }

    /// <summary>Reports on the caller's thread (Progress&lt;T&gt; would post to the thread pool and interleave lines).</summary>
    private sealed class SyncProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
