using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Zicht.Infrastructure;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Cli;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.Demo;

/// <summary>
/// The demo organisation: seeded when the web app starts on an empty database in local mode, and
/// <c>./zicht seed-demo</c> for more cases. Refused with a production configuration.
/// </summary>
internal sealed class DemoFeature : IFeature
{
    public void AddServices(WebApplicationBuilder builder) => builder.Services.AddScoped<DemoSeeder>();

    public void AddCommands(RootCommand root) => root.Subcommands.Add(SeedDemo());

    public async Task PrepareAsync(WebApplication app, IServiceProvider services, CancellationToken ct)
    {
        var seeder = services.GetRequiredService<DemoSeeder>();
        if (seeder.IsAllowed && await seeder.IsDatabaseEmptyAsync())
        {
            var options = services.GetRequiredService<IOptions<ZichtOptions>>().Value;
            var report = await seeder.SeedAsync(options.DemoCases, progress: null, ct);
            app.Logger.LogInformation("Demo organisation created with {Cases} cases", report.Cases);
            app.Lifetime.ApplicationStarted.Register(() => DemoSeeder.PrintLogins(app.Urls));
        }
    }

    private static Command SeedDemo()
    {
        var cases = new Option<int>("--cases") { Description = "How many synthetic cases to add.", DefaultValueFactory = _ => 40 };
        var command = new Command("seed-demo", "Create the demo organisation and synthetic cases (local mode only).") { cases };
        command.SetAction((parse, ct) => ZichtCli.WithServicesAsync("seed-demo", async (sp, token) =>
        {
            var seeder = sp.GetRequiredService<DemoSeeder>();
            if (!seeder.IsAllowed)
            {
                await Console.Error.WriteLineAsync("error: demo data is only created in local mode (ASPNETCORE_ENVIRONMENT=Local), never with a production configuration.");
                return 2;
            }
            await IdentitySetup.EnsureRolesAsync(sp.GetRequiredService<RoleManager<IdentityRole<Guid>>>());
            var count = parse.GetValue(cases);
            DemoSeeder.Report report = default;
            await CliProgress.RunAsync("Demo cases", count, async progress =>
                report = await seeder.SeedAsync(count, progress, token));
            Console.WriteLine($"Demo: {report.Cases} cases added ({report.StaffCreated} staff created).");
            return 0;
        }, ct));
        return command;
    }
}
