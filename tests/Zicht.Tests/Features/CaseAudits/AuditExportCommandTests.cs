using Zicht.Tests.Features.Audit;

namespace Zicht.Tests.Features.CaseAudits;

/// <summary>`zicht export audits|audit-agreement`: the exact columns of formats/audits.md, only audits with both scorings.</summary>
public class AuditExportCommandTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task The_commands_write_the_formats_columns_and_leave_out_a_half_scored_audit()
    {
        var world = await app.Data.WorldAsync();
        await (await AuditSetup.CreateAsync(app, world: world)).BothScoredAsync(worker: ["6", "7", "5", "8"], reviewer: ["7", "7", "3", "8"]);
        var half = await AuditSetup.CreateAsync(app, world: world);
        await half.ScoreAsync(half.WorkerClient, "worker", "1", "1", "1", "1");

        var audits = await ZichtCommand.RunAsync(app, "export", "audits");
        var agreement = await ZichtCommand.RunAsync(app, "export", "audit-agreement", "--from", "2020-01-01");
        var xlsx = await ZichtCommand.RunAsync(app, "export", "audits", "--out", Path.Combine(Path.GetTempPath(), "a.xlsx"));

        Assert.Equal(0, audits.ExitCode);
        Assert.Equal(
            [
                "audit,closed,team,principle,question,worker_score,reviewer_score",
                $"1,false,{world.TeamA.Name},P1,P1.scale,6,7", $"1,false,{world.TeamA.Name},P2,P2.scale,7,7",
                $"1,false,{world.TeamA.Name},P3,P3.scale,5,3", $"1,false,{world.TeamA.Name},P4,P4.scale,8,8",
            ],
            audits.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(0, agreement.ExitCode);
        var lines = agreement.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("principle,audits,pairs,mean_worker,mean_reviewer,mean_gap,within_one_percent,weighted_kappa", lines[0]);
        Assert.Equal(["P1", "P2", "P3", "P4", "all"], lines.Skip(1).Select(l => l.Split(',')[0]));
        // One pair per principle: kappa needs two. All: (6,7) (7,7) (5,3) (8,8): gap (1+0−2+0)/4 = −0.3 (−0.25 rounded away from zero);
        // squared differences 1, 0, 4, 0 → mean 1.25; over the 16 worker × reviewer combinations 80 / 16 = 5; kappa = 1 − 1.25 / 5 = 0.75.
        Assert.Equal("P1,1,1,6.0,7.0,1.0,100.0,", lines[1]);
        Assert.Equal("all,1,4,6.5,6.3,-0.3,75.0,0.75", lines[5]);
        Assert.Equal(1, xlsx.ExitCode);
        Assert.Contains("CSV only", xlsx.Error);
    }
}
