using System.CommandLine;
using Microsoft.Extensions.Options;
using Zicht.Infrastructure.Cli;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.Trajectories;

/// <summary><c>zicht export research --out FILE --reason TEXT</c>; refuses to run without Zicht:PseudonymKey.</summary>
internal static class ResearchExportCommand
{
    public static Command Build()
    {
        var output = new Option<FileInfo>("--out") { Description = "File to write.", Required = true };
        var reason = new Option<string>("--reason") { Description = "Why the export is made (recorded in the audit trail).", Required = true };
        var command = new Command("research", "Pseudonymised trajectories in the exchange format, for research.") { output, reason };
        command.SetAction((parse, ct) => FeatureCli.RunAsync("export research", async (sp, token) =>
        {
            var pseudonyms = new Pseudonymiser(sp.GetRequiredService<IConfiguration>()["Zicht:PseudonymKey"]);
            var file = parse.GetValue(output)!;
            var temporary = file.FullName + ".partial";
            int rows;
            await using (var writer = new StreamWriter(temporary))
            {
                var minimum = sp.GetRequiredService<IOptions<ZichtOptions>>().Value.MinimumGroupSize;
                rows = await sp.GetRequiredService<ResearchExport>().WriteAsync(writer, pseudonyms, parse.GetValue(reason)!, minimum, token);
            }
            // Only a complete export gets the real name: a failed run never leaves a half file behind.
            File.Move(temporary, file.FullName, overwrite: true);
            Console.WriteLine($"{rows} pseudonymised trajectories written to {file.FullName}.");
            return 0;
        }, ct));
        return command;
    }
}
