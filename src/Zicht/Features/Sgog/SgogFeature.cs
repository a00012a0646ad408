using System.CommandLine;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Infrastructure;
using Zicht.Infrastructure.Cli;

namespace Zicht.Features.Sgog;

/// <summary>The SGOG register: its settings, its one door (<see cref="SgogAccess"/>) and <c>./zicht sgog erase-due</c>.</summary>
internal sealed class SgogFeature : IFeature
{
    public void AddServices(WebApplicationBuilder builder)
    {
        builder.Services.Configure<SgogOptions>(builder.Configuration.GetSection("Zicht:Sgog"));
        builder.Services.AddScoped<SgogAccess>();
        builder.Services.AddScoped<Register.RegisterServices>();
    }

    public void AddCommands(RootCommand root)
    {
        var sgog = new Command("sgog", "The SGOG register.");
        var dryRun = new Option<bool>("--dry-run") { Description = "Only count what is due." };
        var eraseDue = new Command("erase-due", "Erase the personal content of every SGOG incident whose retention has run out (Zicht:Sgog:RetentionYears); figures and audit trail stay. For a daily scheduled job.") { dryRun };
        eraseDue.SetAction((parse, ct) => FeatureCli.RunAsync("sgog erase-due", async (sp, token) =>
        {
            var db = sp.GetRequiredService<ZichtDb>();
            var years = sp.GetRequiredService<IOptions<SgogOptions>>().Value.RetentionYears;
            var today = DateOnly.FromDateTime(sp.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
            if (parse.GetValue(dryRun))
            {
                var due = await SgogErasure.DueCountAsync(db, today, years, token);
                Console.WriteLine($"{due} SGOG incident(s) due for erasure (retention {years} years); nothing erased.");
                return 0;
            }
            var erased = await SgogErasure.EraseDueAsync(db, provider: null, today, years, by: null, token);
            Console.WriteLine($"{erased} SGOG incident(s) erased (retention {years} years).");
            return 0;
        }, ct));
        sgog.Subcommands.Add(eraseDue);
        root.Subcommands.Add(sgog);
    }
}
