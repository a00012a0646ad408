using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Surveys;
using Zicht.Kernel;

namespace Zicht.Features.Feedback;

/// <summary>
/// `zicht surveys bench prepare|count`: data for scripts/bench-surveys.sh. It makes its own
/// organisation ("BENCH…") with one case, so it never touches real families; the tokens it writes are
/// for that case only.
/// </summary>
internal static class BenchCommands
{
    public static Command Surveys()
    {
        var links = new Option<int>("--links") { Description = "How many one-time links to make.", DefaultValueFactory = _ => 1000 };
        var output = new Option<FileInfo>("--out") { Description = "File to write the tokens to, one per line.", Required = true };
        var prepare = new Command("prepare", "Create a benchmark case with one-time links and write their tokens to a file.") { links, output };
        prepare.SetAction((parse, ct) => Infrastructure.Cli.ZichtCli.WithServicesAsync("surveys-bench", async (sp, token) =>
        {
            var db = sp.GetRequiredService<ZichtDb>();
            var caseId = await CreateCaseAsync(db, token);
            var (versionId, _) = await sp.GetRequiredService<InstrumentStore>().CurrentAsync("parent", token);
            var tokens = new List<string>();
            var now = DateTime.UtcNow;
            for (var i = 0; i < parse.GetValue(links); i++)
            {
                var raw = InvitationToken.New();
                tokens.Add(raw);
                db.Add(new FeedbackInvitation
                {
                    CaseId = caseId,
                    Respondent = Audience.Parent,
                    InstrumentVersionId = versionId,
                    TokenHash = InvitationToken.Hash(raw),
                    CreatedAt = now,
                    ExpiresAt = now.AddDays(1),
                });
                if (tokens.Count % 1000 == 0)
                {
                    await db.SaveChangesAsync(token);
                    db.ChangeTracker.Clear();
                }
            }
            await db.SaveChangesAsync(token);
            await File.WriteAllLinesAsync(parse.GetValue(output)!.FullName, tokens, token);
            Console.WriteLine(caseId);
            return 0;
        }, ct));

        var caseOption = new Option<Guid>("--case") { Description = "The benchmark case.", Required = true };
        var count = new Command("count", "Print used links and stored responses of the benchmark case: the two must be equal.") { caseOption };
        count.SetAction((parse, ct) => Infrastructure.Cli.ZichtCli.WithServicesAsync("surveys-bench", async (sp, token) =>
        {
            var db = sp.GetRequiredService<ZichtDb>();
            var id = parse.GetValue(caseOption);
            // Responses carry no invitation id (issue 8); the benchmark case has a worker of its own.
            var used = await db.Set<FeedbackInvitation>().CountAsync(i => i.CaseId == id && i.UsedAt != null, token);
            var worker = await db.Cases.IgnoreQueryFilters().Where(c => c.Id == id).Select(c => c.ResponsibleWorkerId).FirstAsync(token);
            var stored = await db.Set<FeedbackResponse>().CountAsync(r => r.WorkerId == worker, token);
            Console.WriteLine($"used={used} responses={stored}");
            return used == stored ? 0 : 3;
        }, ct));
        var bench = new Command("bench", "Data for the survey load benchmark (scripts/bench-surveys.sh).") { prepare, count };
        return new Command("surveys", "Survey instruments and the survey load benchmark.") { bench, InstrumentCommands.Add(), InstrumentCommands.Export() };
    }

    private static async Task<Guid> CreateCaseAsync(ZichtDb db, CancellationToken ct)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var organisation = new Kernel.Organisation { Name = "Bench " + tag, Code = "BENCH" + tag, Kind = OrganisationKind.Division };
        var service = new Service { OrganisationId = organisation.Id, Code = "OCJ", Name = "Bench OCJ" };
        var region = new Region { Name = "Bench " + tag };
        var team = new Team { Name = "Bench " + tag, ServiceId = service.Id, RegionId = region.Id };
        var worker = new StaffUser { DisplayName = "Bench worker", UserName = "bench-" + tag, OrganisationId = organisation.Id };
        db.AddRange(organisation, service, region, team, worker);
        var c = new Case
        {
            Reference = "BENCH-" + tag,
            OrganisationId = organisation.Id,
            ServiceId = service.Id,
            TeamId = team.Id,
            ResponsibleWorkerId = worker.Id,
            ReferralDate = DateOnly.FromDateTime(DateTime.UtcNow),
        };
        db.Add(c);
        await db.SaveChangesAsync(ct);
        return c.Id;
    }
}
