using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Web;

namespace Zicht.Infrastructure.Cli;

/// <summary>
/// The command line of the one executable. Commands share the web app's configuration and services
/// (appsettings, environment variables) and run with full rights as actor "cli:&lt;command&gt;".
/// Exit code 0 on success, non-zero with the reason on standard error.
/// </summary>
public static class ZichtCli
{
    public static bool IsServe(string[] args) =>
        args.Length == 0 || args[0] == "serve" || args[0].StartsWith("--", StringComparison.Ordinal) && args[0] is not ("--help" or "--version");

    public static async Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("Zicht: case work and practice monitoring. Without a command: serve the web app.");
        var serve = new Command("serve", "Run the web app (default).");
        root.Subcommands.Add(serve);
        root.Subcommands.Add(AdminCommands.Migrate());
        root.Subcommands.Add(AdminCommands.VerifyAudit());
        root.Subcommands.Add(AdminCommands.AnchorAudit());
        root.Subcommands.Add(AdminCommands.CreateAdmin());
        root.Subcommands.Add(BackupCommands.Backup());
        root.Subcommands.Add(BackupCommands.Restore());
        FeatureRegistry.AddFeatureCommands(root);
        try
        {
            return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }

    /// <summary>Builds the services for a command and runs <paramref name="work"/> in a scope acting as the CLI.</summary>
    public static async Task<int> WithServicesAsync(string command, Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken ct)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Standard output carries the command's result (an export without --out); logs go to standard error.
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        WebSetup.AddServices(builder);
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<RequestContext>();
        context.ActorName = $"cli:{command}";
        context.Scope = CaseScope.Everything;
        // Only `migrate` changes the schema. Other commands refuse a database with pending migrations
        // rather than apply them as a side effect (an operator verifying the audit trail must not
        // migrate production). A benchmark builds its own throwaway data, so it prepares its database.
        if (command.Contains("bench", StringComparison.Ordinal))
        {
            await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<ZichtDb>(), ct);
        }
        else if (command is not ("migrate" or "restore"))
        {
            var pending = (await scope.ServiceProvider.GetRequiredService<ZichtDb>().Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count > 0)
            {
                await Console.Error.WriteLineAsync(
                    $"error: the database has {pending.Count} pending migrations (the first: {pending[0]}). Run './zicht migrate' first; '{command}' does not change the schema.");
                return 4;
            }
        }
        return await work(scope.ServiceProvider, ct);
    }
}
