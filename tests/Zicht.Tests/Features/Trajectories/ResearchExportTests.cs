using Microsoft.EntityFrameworkCore;
using Xunit;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Trajectories;

public class ResearchExportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private const string Key = "a-secret-key-of-at-least-32-characters!";
    private const string File = "case_ref,organisation,service,region,team,worker,opened_on,child_birth_date,closure_reason\n"
        + "OCJ/2021/17,OSD,OCJ,Limburg,Hasselt,KDM,2021-01-05,2012-08-30,Moved to grandmother's\n"
        + "OCJ/2021/18,OSD,OCJ,Limburg,Hasselt,KDM,2021-02-05,,\n";

    private static async Task<string> ExportAsync(ScratchDatabase scratch, string key, string reason = "study on plan b", int minimum = 1)
    {
        await using var db = scratch.Open(new RequestContext { ActorName = "onderzoeker@demo", Scope = CaseScope.Everything });
        var text = new StringWriter();
        await new ResearchExport(db).WriteAsync(text, new Pseudonymiser(key), reason, minimum, Ct);
        return text.ToString();
    }

    [Fact]
    public async Task Small_teams_are_merged_and_rare_workers_and_birth_years_left_out()
    {
        var lines = new List<string> { "case_ref,organisation,service,region,team,worker,opened_on,child_birth_date" };
        // Hasselt: 6 trajectories, worker KDM on 5 of them, birth years 2012 ×5 and 2015 ×1.
        for (var i = 0; i < 6; i++)
        {
            lines.Add($"H{i},OSD,OCJ,Limburg,Hasselt,{(i < 5 ? "KDM" : "PVE")},2021-01-0{i + 1},{(i < 5 ? "2012" : "2015")}-03-01");
        }
        // Two small teams in Limburg (2 + 2): both become "overige teams", whose 4 trajectories share one birth year.
        lines.Add("G1,OSD,OCJ,Limburg,Genk,ABC,2021-02-01,2010-05-05");
        lines.Add("G2,OSD,OCJ,Limburg,Genk,ABC,2021-02-02,2010-06-06");
        lines.Add("T1,OSD,OCJ,Limburg,Tongeren,ABC,2021-02-03,2010-07-07");
        lines.Add("T2,OSD,OCJ,Limburg,Tongeren,ABC,2021-02-04,2010-08-08");
        await using var scratch = await ScratchDatabase.CreateAsync();
        await using (var db = scratch.Open())
        {
            Assert.True((await new TrajectoryImport(db, TimeProvider.System).ImportAsync(new StringReader(string.Join('\n', lines) + "\n"), "f", true, null, Ct)).Accepted);
        }
        var csv = await ExportAsync(scratch, Key, minimum: 4);
        var problems = new List<ImportProblem>();
        var rows = TrajectoryCsvReader.Read(new StringReader(csv), problems).ToList();
        Assert.Empty(problems);
        Assert.Equal(10, rows.Count);
        var hasselt = rows.Where(r => r.Team == "Hasselt").ToList();
        Assert.Equal(6, hasselt.Count);
        Assert.Equal(5, hasselt.Count(r => r.Values.Worker is not null)); // PVE has one trajectory: left out
        Assert.Equal(5, hasselt.Count(r => r.Values.ChildBirthDate == new DateOnly(2012, 1, 1)));
        Assert.Single(hasselt, r => r.Values.ChildBirthDate is null); // the one child born in 2015
        var others = rows.Where(r => r.Team == ResearchExport.OtherTeams).ToList();
        Assert.Equal(4, others.Count);
        Assert.DoesNotContain("Genk", csv);
        Assert.DoesNotContain("Tongeren", csv);
        Assert.All(others, r => Assert.Equal(new DateOnly(2010, 1, 1), r.Values.ChildBirthDate)); // four share 2010
        Assert.All(others, r => Assert.NotNull(r.Values.Worker)); // ABC has four trajectories

        await using var check = scratch.Open();
        var audit = await check.AuditTrail.SingleAsync(a => a.EntityType == "ResearchExport", Ct);
        Assert.Contains("minimum 4: 2 teams merged, 1 workers and 1 birth years left out", audit.Reason);
    }

    [Fact]
    public async Task References_and_workers_become_stable_keyed_pseudonyms_birth_dates_a_year_and_free_text_goes()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await using (var db = scratch.Open())
        {
            Assert.True((await new TrajectoryImport(db, TimeProvider.System).ImportAsync(new StringReader(File), "f", true, null, Ct)).Accepted);
        }
        var first = await ExportAsync(scratch, Key);
        Assert.Equal(first, await ExportAsync(scratch, Key)); // stable
        Assert.DoesNotContain("OCJ/2021/17", first);
        Assert.DoesNotContain("KDM", first);
        Assert.DoesNotContain("grandmother", first);
        Assert.Contains("2012-01-01", first);
        Assert.DoesNotContain("2012-08-30", first);
        var problems = new List<ImportProblem>();
        var rows = TrajectoryCsvReader.Read(new StringReader(first), problems).ToList();
        Assert.Empty(problems); // still the exchange format
        Assert.Equal(rows[0].Values.Worker, rows[1].Values.Worker);
        Assert.StartsWith("T-", rows[0].Values.CaseRef);
        // Another key gives other pseudonyms: they cannot be recomputed without the secret.
        Assert.NotEqual(first, await ExportAsync(scratch, Key.Replace('a', 'b')));

        await using var check = scratch.Open();
        var audit = await check.AuditTrail.Where(a => a.EntityType == "ResearchExport").ToListAsync(Ct);
        Assert.Equal(3, audit.Count);
        Assert.All(audit, a => Assert.Equal(("Export", "onderzoeker@demo"), (a.Action, a.ActorName)));
        Assert.StartsWith("study on plan b (2 trajectories", audit[0].Reason);
    }

    [Fact]
    public void An_export_without_a_long_enough_key_is_refused()
    {
        Assert.Throws<InvalidOperationException>(() => new Pseudonymiser(null));
        Assert.Throws<InvalidOperationException>(() => new Pseudonymiser("short"));
    }

    [Fact]
    public async Task An_export_without_a_reason_is_refused()
    {
        await using var scratch = await ScratchDatabase.CreateAsync();
        await Assert.ThrowsAsync<InvalidOperationException>(() => ExportAsync(scratch, Key, reason: " "));
    }
}
