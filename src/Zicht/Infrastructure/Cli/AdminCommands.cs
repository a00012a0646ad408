using System.CommandLine;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Infrastructure.Cli;

internal static class AdminCommands
{
    public static Command Migrate()
    {
        var command = new Command("migrate", "Apply database migrations.");
        command.SetAction((_, ct) => ZichtCli.WithServicesAsync("migrate", async (sp, token) =>
        {
            await DatabaseSetup.MigrateAsync(sp.GetRequiredService<ZichtDb>(), token);
            await IdentitySetup.EnsureRolesAsync(sp.GetRequiredService<RoleManager<IdentityRole<Guid>>>());
            Console.WriteLine("Database is up to date.");
            return 0;
        }, ct));
        return command;
    }

    public static Command VerifyAudit()
    {
        var command = new Command("verify-audit", "Check that the audit trail's hash chain is intact.");
        command.SetAction((_, ct) => ZichtCli.WithServicesAsync("verify-audit", async (sp, token) =>
        {
            var db = sp.GetRequiredService<ZichtDb>();
            var total = await db.AuditTrail.LongCountAsync(token);
            (long Checked, long? BrokenAt) result = default;
            await CliProgress.RunAsync("Audit lines", total, async progress =>
                result = await AuditChain.VerifyAsync(db, new Progress<long>(n => progress.Report((int)Math.Min(n, int.MaxValue))), token));
            if (result.BrokenAt is { } broken)
            {
                await Console.Error.WriteLineAsync($"TAMPERED: the audit trail breaks at line {broken} ({result.Checked} lines before it are intact).");
                return 3;
            }
            Console.WriteLine($"Audit trail intact: {result.Checked} lines verified.");
            return 0;
        }, ct));
        return command;
    }

    public static Command CreateAdmin()
    {
        var user = new Option<string>("--user") { Description = "Sign-in name.", Required = true };
        var name = new Option<string>("--name") { Description = "Display name.", DefaultValueFactory = _ => "Administrator" };
        var command = new Command("create-admin", "Create an administrator (password from ZICHT_ADMIN_PASSWORD, else generated and printed once).") { user, name };
        command.SetAction((parse, ct) => ZichtCli.WithServicesAsync("create-admin", async (sp, token) =>
        {
            await IdentitySetup.EnsureRolesAsync(sp.GetRequiredService<RoleManager<IdentityRole<Guid>>>());
            var db = sp.GetRequiredService<ZichtDb>();
            var organisation = await db.Organisations.OrderBy(o => o.Kind).FirstOrDefaultAsync(token)
                ?? throw new InvalidOperationException("Create the organisation first (import or seed).");
            var password = Environment.GetEnvironmentVariable("ZICHT_ADMIN_PASSWORD");
            var generated = string.IsNullOrEmpty(password);
            if (generated)
            {
                password = "Zi" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('/', 'x').Replace('+', 'y') + "7a";
            }
            var users = sp.GetRequiredService<UserManager<StaffUser>>();
            var admin = new StaffUser { UserName = parse.GetValue(user), DisplayName = parse.GetValue(name)!, OrganisationId = organisation.Id };
            var created = await users.CreateAsync(admin, password!);
            if (!created.Succeeded)
            {
                await Console.Error.WriteLineAsync("error: " + string.Join(" ", created.Errors.Select(e => e.Description)));
                return 1;
            }
            await users.AddToRoleAsync(admin, Roles.Administrator);
            Console.WriteLine(generated ? $"Administrator created. Password (shown once): {password}" : "Administrator created.");
            return 0;
        }, ct));
        return command;
    }
}
