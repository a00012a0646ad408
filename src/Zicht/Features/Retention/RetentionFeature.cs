using System.CommandLine;
using Zicht.Infrastructure;
using Zicht.Infrastructure.Cli;

namespace Zicht.Features.Retention;

/// <summary><c>zicht retention [--apply]</c>: lists (or removes) closed cases past the retention term.</summary>
internal sealed class RetentionFeature : IFeature
{
    public void AddServices(WebApplicationBuilder builder) => builder.Services.AddScoped<ClosedCaseRetention>();

    public void AddCommands(RootCommand root)
    {
        var apply = new Option<bool>("--apply") { Description = "Remove the due cases (without it, only count them)." };
        var command = new Command("retention", "Closed cases past the retention term (Zicht:Retention:ClosedCaseYears): count, or remove with --apply.") { apply };
        command.SetAction((parse, ct) => ZichtCli.WithServicesAsync("retention", async (sp, token) =>
        {
            var retention = sp.GetRequiredService<ClosedCaseRetention>();
            if (retention.Years is null)
            {
                Console.WriteLine("No retention term is set (Zicht__Retention__ClosedCaseYears): nothing is removed.");
                return 0;
            }
            var due = await retention.DueAsync(token);
            Console.WriteLine($"{due.Count} closed cases closed before {retention.Cutoff:yyyy-MM-dd} (term: {retention.Years} years).");
            if (!parse.GetValue(apply) || due.Count == 0)
            {
                return 0;
            }
            var erased = 0;
            await CliProgress.RunAsync("Cases removed", due.Count, async progress =>
            {
                for (var i = 0; i < due.Count; i++)
                {
                    erased += await retention.RemoveAsync(due[i], token);
                    progress.Report(i + 1);
                }
            });
            Console.WriteLine($"Removed {due.Count} cases; values of {erased} audit lines erased, the chain still verifies.");
            return 0;
        }, ct));
        root.Subcommands.Add(command);
    }
}
