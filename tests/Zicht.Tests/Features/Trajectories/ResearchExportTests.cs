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

    private static async Task<string> ExportAsync(ScratchDatabase scratch, string key, string reason = "study on plan b")
    {
        await using var db = scratch.Open(new RequestContext { ActorName = "onderzoeker@demo", Scope = CaseScope.Everything });
        var text = new StringWriter();
        await new ResearchExport(db).WriteAsync(text, new Pseudonymiser(key), reason, Ct);
        return text.ToString();
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
