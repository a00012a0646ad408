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
        var anchorFile = new Option<FileInfo?>("--anchor") { Description = "A file of anchors kept outside the database (from audit-anchor or the log)." };
        var command = new Command("verify-audit", "Check that the audit trail's keyed hash chain is intact, and holds every anchor.") { anchorFile };
        command.SetAction((parse, ct) => ZichtCli.WithServicesAsync("verify-audit", async (sp, token) =>
        {
            var anchors = new List<AuditAnchor>();
            if (parse.GetValue(anchorFile) is { } file)
            {
                if (!file.Exists)
                {
                    await Console.Error.WriteLineAsync($"error: anchor file not found: {file.FullName}");
                    return 2;
                }
                var (read, problems) = AuditAnchor.Parse(await File.ReadAllLinesAsync(file.FullName, token));
                if (problems.Count > 0)
                {
                    await Console.Error.WriteLineAsync($"error: the anchor file is not readable:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
                    return 2;
                }
                anchors = read;
            }
            var db = sp.GetRequiredService<ZichtDb>();
            var total = await db.AuditTrail.LongCountAsync(token);
            AuditVerification result = null!;
            await CliProgress.RunAsync("Audit lines", total, async progress =>
                result = await AuditVerifier.VerifyAsync(db, anchors, new Progress<long>(n => progress.Report((int)Math.Min(n, int.MaxValue))), token));
            if (!result.Intact)
            {
                await Console.Error.WriteLineAsync($"TAMPERED: the audit trail breaks at line {result.BrokenAt}: {result.Problem} ({result.Checked} lines before it are intact).");
                return 3;
            }
            Console.WriteLine($"Audit trail intact: {result.Checked} lines verified, {anchors.Count} anchors held, {result.Erased} lines with erased values, {result.Unsealed} reads not yet sealed (each checked against its own keyed MAC).");
            return 0;
        }, ct));
        return command;
    }

    public static Command AnchorAudit()
    {
        var append = new Option<FileInfo?>("--append") { Description = "Also append the anchor to this file (default: Zicht:AuditAnchorFile when set)." };
        var command = new Command("audit-anchor", "Write a checkpoint of every audit partition's head and print it as an anchor, to keep outside the database.") { append };
        command.SetAction((parse, ct) => ZichtCli.WithServicesAsync("audit-anchor", async (sp, token) =>
        {
            var anchor = await AuditAnchor.OfHeadAsync(sp.GetRequiredService<ZichtDb>(), TimeProvider.System, token);
            if (anchor is null)
            {
                await Console.Error.WriteLineAsync("The audit trail is empty: nothing to anchor yet.");
                return 1;
            }
            var file = parse.GetValue(append)?.FullName
                ?? AuditAnchor.ConfiguredFile(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>());
            if (!string.IsNullOrEmpty(file))
            {
                await AuditAnchor.AppendToAsync(file, anchor, token);
            }
            Console.WriteLine(anchor);
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
