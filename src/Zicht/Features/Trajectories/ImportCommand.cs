using System.CommandLine;
using System.Text;
using Zicht.Infrastructure.Cli;

namespace Zicht.Features.Trajectories;

/// <summary><c>zicht import trajectories FILE [--create-missing]</c>: progress on stderr, every bad row on stderr when rejected.</summary>
internal static class ImportCommand
{
    /// <summary>Adds <c>trajectories</c> to the <c>import</c> group other features add to as well.</summary>
    public static void AddTo(RootCommand root)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "A trajectory file in the exchange format (CSV)." };
        var createMissing = new Option<bool>("--create-missing") { Description = "Create unknown organisations, services, regions and teams instead of reporting them." };
        var trajectories = new Command("trajectories", "Import historical trajectories (all or nothing; importing the same file again changes nothing).") { file, createMissing };
        trajectories.SetAction((parse, ct) => FeatureCli.RunAsync("import trajectories", async (sp, token) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"error: {path.FullName} does not exist.");
                return 2;
            }
            var outcome = await RunAsync(sp.GetRequiredService<TrajectoryImport>(), path, parse.GetValue(createMissing), token);
            if (!outcome.Accepted)
            {
                foreach (var problem in outcome.Problems)
                {
                    await Console.Error.WriteLineAsync(problem.ToString());
                }
                await Console.Error.WriteLineAsync($"error: import rejected, nothing was imported ({outcome.Problems.Count} problems in {outcome.Rows} rows).");
                return 1;
            }
            Console.WriteLine($"Imported {outcome.Rows} rows: {outcome.Inserted} new, {outcome.Updated} updated, {outcome.Unchanged} unchanged; figures rebuilt in {outcome.FiguresRebuilt.TotalSeconds:F1} s.");
            return 0;
        }, ct));
        FeatureCli.Group(root, "import", "Import data from other systems.").Subcommands.Add(trajectories);
    }

    public static async Task<ImportOutcome> RunAsync(TrajectoryImport import, FileInfo path, bool createMissing, CancellationToken ct)
    {
        var total = await CountRowsAsync(path, ct);
        ImportOutcome outcome = null!;
        await CliProgress.RunAsync("Trajectories", total, async progress =>
        {
            using var reader = new StreamReader(path.FullName, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            outcome = await import.ImportAsync(reader, path.Name, createMissing, progress, ct);
        });
        return outcome;
    }

    /// <summary>Lines minus the header: a cheap first pass so progress can show a total.</summary>
    private static async Task<long> CountRowsAsync(FileInfo path, CancellationToken ct)
    {
        long lines = 0;
        var buffer = new byte[1 << 16];
        await using var stream = path.OpenRead();
        int read;
        while ((read = await stream.ReadAsync(buffer, ct)) > 0)
        {
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }
        return Math.Max(lines - 1, 0);
    }
}
