using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Zicht.Features.CaseReports;

namespace Zicht.Tests.Features.CaseReports;

/// <summary>The PDF renderer is bounded: in number, in time and in memory; and a real print still works.</summary>
public class ChromiumRunnerTests
{
    private static ChromiumRunner Runner(string chromium, int timeout = 60, int memoryMb = 1024, int concurrent = 2, int queue = 20) =>
        new(Microsoft.Extensions.Options.Options.Create(new PdfOptions
        {
            Chromium = chromium,
            TimeoutSeconds = timeout,
            MaxMemoryMb = memoryMb,
            MaxConcurrent = concurrent,
            QueueSeconds = queue,
        }), NullLogger<ChromiumRunner>.Instance);

    /// <summary>A stand-in for Chromium that does something bad, runnable by the renderer's user.</summary>
    private static string Fake(string body)
    {
        var path = Path.Combine(Path.GetTempPath(), $"fake-chromium-{Guid.NewGuid():N}.sh");
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
        return path;
    }

    private static async Task<(ChromiumRunner.Outcome Outcome, string Target)> PrintAsync(ChromiumRunner runner, string html = "<h1>Veiligheidsplan</h1>")
    {
        var dir = Directory.CreateTempSubdirectory("zicht-pdf-test-");
        var source = Path.Combine(dir.FullName, "report.html");
        await File.WriteAllTextAsync(source, html);
        var target = Path.Combine(dir.FullName, "report.pdf");
        return (await runner.PrintAsync(dir.FullName, source, target, CancellationToken.None), target);
    }

    [Fact]
    public async Task A_report_prints_to_a_pdf()
    {
        Assert.SkipUnless(File.Exists("/usr/bin/chromium"), "Chromium is installed by test.sh");
        var (outcome, target) = await PrintAsync(Runner("/usr/bin/chromium"));

        Assert.Equal(ChromiumRunner.Outcome.Done, outcome);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(target))[..4]));
    }

    [Fact]
    public async Task A_render_that_hangs_is_killed_at_the_deadline()
    {
        var clock = Stopwatch.StartNew();
        var (outcome, _) = await PrintAsync(Runner(Fake("sleep 30"), timeout: 1));

        Assert.Equal(ChromiumRunner.Outcome.TimedOut, outcome);
        Assert.InRange(clock.Elapsed.TotalSeconds, 0.9, 10);
    }

    [Fact]
    public async Task A_render_that_eats_memory_is_killed_at_the_cap()
    {
        var (outcome, _) = await PrintAsync(Runner(Fake("python3 -c 'b = bytearray(400 * 1024 * 1024); import time; time.sleep(20)'"), memoryMb: 100));

        Assert.Equal(ChromiumRunner.Outcome.TooMuchMemory, outcome);
    }

    [Fact]
    public async Task More_renders_than_the_pool_holds_wait_then_give_up_instead_of_piling_up()
    {
        var runner = Runner(Fake("sleep 30"), timeout: 3, concurrent: 1, queue: 1);

        var first = PrintAsync(runner);
        await Task.Delay(300);
        var second = await PrintAsync(runner);

        Assert.Equal(ChromiumRunner.Outcome.Busy, second.Outcome);
        Assert.Equal(ChromiumRunner.Outcome.TimedOut, (await first).Outcome);
    }
}
