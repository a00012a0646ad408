using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Cli;
using Zicht.Kernel;

namespace Zicht.Features.Bench;

/// <summary>
/// <c>zicht bench caseworkers --count 200 --password P --out FILE</c>: data for scripts/bench-caseworkers.sh. A bench
/// organisation of its own with one team, <c>count</c> caseworkers in it and one case each; writes
/// "user-name case-id" lines. Use a scratch database: it never touches real families.
/// </summary>
internal static class CaseworkerBench
{
    public static Command Build()
    {
        var count = new Option<int>("--count") { Description = "How many caseworkers, each with a case.", DefaultValueFactory = _ => 200 };
        var password = new Option<string>("--password") { Description = "Their password (12 characters or more).", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "File to write \"user-name case-id\" lines to.", Required = true };
        var command = new Command("caseworkers", "Create caseworkers with a case each, for the case-page benchmark (scratch database only).") { count, password, output };
        command.SetAction((parse, ct) => FeatureCli.RunAsync("bench caseworkers", async (sp, token) =>
        {
            sp.GetRequiredService<RequestContext>().Scope = CaseScope.Everything;
            var db = sp.GetRequiredService<ZichtDb>();
            var users = sp.GetRequiredService<UserManager<StaffUser>>();
            var bench = BenchOrganisation.Add(db);
            await db.SaveChangesAsync(token);
            var lines = new List<string>();
            for (var i = 0; i < parse.GetValue(count); i++)
            {
                var worker = new StaffUser { UserName = $"bench-{bench.Tag}-{i}", DisplayName = $"Bench {i}", OrganisationId = bench.Organisation.Id, StaffCode = $"B{i}" };
                Check(await users.CreateAsync(worker, parse.GetValue(password)!));
                Check(await users.AddToRoleAsync(worker, Roles.Caseworker));
                db.TeamMemberships.Add(new TeamMembership { TeamId = bench.Team.Id, StaffId = worker.Id });
                var c = bench.CaseOf(worker.Id, i);
                db.Cases.Add(c);
                await db.SaveChangesAsync(token);
                lines.Add($"{worker.UserName} {c.Id}");
            }
            await File.WriteAllLinesAsync(parse.GetValue(output)!.FullName, lines, token);
            Console.WriteLine($"{lines.Count} caseworkers, each with a case, in team {bench.Team.Id}");
            return 0;
        }, ct));
        return command;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }
}
