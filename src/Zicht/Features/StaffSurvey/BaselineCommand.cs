using System.CommandLine;
using System.Globalization;
using Zicht.Infrastructure.Cli;

namespace Zicht.Features.StaffSurvey;

/// <summary><c>zicht import staff-wave FILE --title T --opened D --closed D</c>: a past staff-survey wave (docs/staff-survey-import.md).</summary>
internal static class BaselineCommand
{
    public static void AddTo(RootCommand root)
    {
        var file = new Argument<FileInfo>("file") { Description = "The survey tool's CSV export (answer codes, item codes as columns)." };
        var title = new Option<string>("--title") { Description = "Name of the wave, e.g. \"Personeelsbevraging 2021\".", Required = true };
        var opened = new Option<string>("--opened") { Description = "First day the survey ran (YYYY-MM-DD).", Required = true };
        var closed = new Option<string>("--closed") { Description = "Last day the survey ran (YYYY-MM-DD).", Required = true };
        var command = new Command("staff-wave", "Import a past staff-survey wave (all or nothing; every bad cell listed as line N: column: reason).") { file, title, opened, closed };
        command.SetAction((parse, ct) => FeatureCli.RunAsync("import staff-wave", async (sp, token) =>
        {
            using var reader = parse.GetValue(file)!.OpenText();
            var outcome = await sp.GetRequiredService<BaselineImport>().ImportAsync(reader, parse.GetValue(title)!,
                Date(parse.GetValue(opened), "--opened"), Date(parse.GetValue(closed), "--closed"), token);
            foreach (var problem in outcome.Problems)
            {
                await Console.Error.WriteLineAsync(problem);
            }
            if (outcome.Problems.Count > 0)
            {
                await Console.Error.WriteLineAsync($"Nothing imported: {outcome.Problems.Count} problem(s).");
                return 2;
            }
            Console.WriteLine($"Imported {outcome.Responses} answer sets as a closed wave.");
            return 0;
        }, ct));
        FeatureCli.Group(root, "import", "Import data from other systems.").Subcommands.Add(command);
    }

    private static DateOnly Date(string? value, string option) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new InvalidOperationException($"{option} must be a date in the form YYYY-MM-DD.");
}
