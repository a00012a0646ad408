using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Sgog;
using Zicht.Infrastructure.Audit;
using Zicht.Tests.Features.Audit;

namespace Zicht.Tests.Features.Sgog;

/// <summary>Erasing personal content (decision 044): nothing of it is left anywhere, the figures stay, the audit trail stays whole and says who erased and why.</summary>
public class SgogErasureTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task Erasing_leaves_no_content_anywhere_and_a_verifiable_trail()
    {
        var s = await SgogSetup.CreateAsync(app);
        var (incident, report) = await s.SentAsync(r => (r.ReadOn, r.InspectorateInvolved, r.SummaryNote, r.NoteReturnedOn) = (new DateOnly(2026, 3, 14), false, "Nota " + SgogSetup.Secret, new DateOnly(2026, 3, 20)));
        await app.Data.WithDbAsync(async db =>
        {
            db.Add(new SgogFile { OrganisationId = s.ProviderId, IncidentId = incident.Id, OriginalName = "verklaring.pdf", ContentType = "application/pdf", Content = SgogFileCheckTests.Pdf, Length = 10 });
            await db.SaveChangesAsync();
        });
        var client = await s.OfficerClientAsync();
        await client.GetAsync($"/sgog/incidenten/{incident.Id}");
        await client.SubmitAsync($"/sgog/incidenten/{incident.Id}/bewerken", new Dictionary<string, string> { ["Input.Aftercare"] = "Nazorg " + SgogSetup.Secret });

        var refused = await client.SubmitAsync($"/sgog/incidenten/{incident.Id}/wissen", new Dictionary<string, string>());
        Assert.Contains("Kies waarom de inhoud nu gewist wordt.", HttpForms.Parse(await refused.TextAsync()).QuerySelector("main")!.TextContent);
        var erased = await client.SubmitAsync($"/sgog/incidenten/{incident.Id}/wissen", new Dictionary<string, string> { ["Ground"] = "ErasureRequest" });

        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        var (left, sections, people, escalations, files, trail) = await app.Data.WithDbAsync(async db => (
            await db.Set<SgogIncident>().Include(i => i.Report).AsNoTracking().FirstAsync(i => i.Id == incident.Id),
            await db.Set<SgogReportSection>().CountAsync(x => x.ReportId == report.Id),
            await db.Set<SgogInvolvedPerson>().CountAsync(p => p.IncidentId == incident.Id),
            await db.Set<SgogEscalation>().CountAsync(e => e.IncidentId == incident.Id),
            await db.Set<SgogFile>().CountAsync(f => f.IncidentId == incident.Id),
            await db.AuditTrail.AsNoTracking().ToListAsync()));
        Assert.All(IncidentInputTexts(left), t => Assert.Null(t));
        Assert.Equal((null, null, (DateOnly?)new DateOnly(2026, 3, 20)), (left.OccurredOn, left.Report!.SummaryNote, left.Report.NoteReturnedOn));
        Assert.Equal((ReportableDecision.Reportable, true, ErasureGround.ErasureRequest), (left.Decision!.Value, left.ChildViewRecorded, left.ErasureGround!.Value));
        Assert.Equal((0, 0, 0, 0), (sections, people, escalations, files));
        Assert.DoesNotContain(trail, a => $"{a.Changes}{a.Reason}{a.EntityId}".Contains(SgogSetup.Secret, StringComparison.Ordinal));
        Assert.Contains(trail, a => a.Action == SgogErasure.AuditAction && a.EntityId == incident.Id.ToString() && a.Reason == "ErasureRequest" && a.ActorId == s.Officer.Id);
        Assert.True((await app.Data.WithDbAsync(db => AuditVerifier.VerifyAsync(db, null, null, CancellationToken.None))).Intact);
        Assert.Contains("gewist", HttpForms.Parse(await (await client.GetAsync($"/sgog/incidenten/{incident.Id}")).TextAsync()).QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/sgog/incidenten/{incident.Id}/bewerken")).StatusCode);
        var administration = await app.SignedInAsync((await app.Data.StaffAsync(s.World, Zicht.Infrastructure.Auth.Roles.AdministrationOfficer)).UserName!);
        var shown = HttpForms.Parse(await (await administration.GetAsync($"/administratie/sgog/{report.Id}")).TextAsync()).QuerySelector("main")!.TextContent;
        Assert.DoesNotContain(SgogSetup.Secret, shown);
        Assert.Contains("De inhoud van deze melding is gewist", shown);
    }

    [Fact]
    public async Task When_the_retention_has_run_out_the_content_is_erased_from_the_page_and_by_the_daily_command()
    {
        var s = await SgogSetup.CreateAsync(app);
        Action<SgogIncident> Closed(int year) => i => (i.Decision, i.DecisionReason, i.EvaluatedOn, i.Evaluation) = (ReportableDecision.NotReportable, "Spel", new DateOnly(year, 1, 15), "Ok");
        var old = await s.IncidentAsync(Closed(2019));
        var older = await s.IncidentAsync(Closed(2018));
        var recent = await s.IncidentAsync(Closed(2025));
        var open = await s.IncidentAsync();
        var client = await s.OfficerClientAsync();

        var page = await client.GetPageAsync("/sgog/bewaring");
        Assert.Equal(2, page.QuerySelectorAll("table.data")[0].QuerySelectorAll("tbody tr").Length);
        var dryRun = await ZichtCommand.RunAsync(app, "sgog", "erase-due", "--dry-run");
        Assert.Contains("2 SGOG incident(s) due", dryRun.Output);
        await client.SubmitAsync("/sgog/bewaring", new Dictionary<string, string>(), "form[action*=EraseDue]");
        await app.Data.WithDbAsync(async db =>
        {
            var i = await db.Set<SgogIncident>().FirstAsync(x => x.Id == recent.Id);
            i.EvaluatedOn = new DateOnly(2020, 1, 1);
            await db.SaveChangesAsync();
        });
        var command = await ZichtCommand.RunAsync(app, "sgog", "erase-due");

        Assert.Equal(0, command.ExitCode);
        Assert.Contains("1 SGOG incident(s) erased (retention 5 years)", command.Output);
        var erased = await app.Data.WithDbAsync(db => db.Set<SgogIncident>().Where(i => i.OrganisationId == s.ProviderId)
            .ToDictionaryAsync(i => i.Id, i => (i.ErasedOn != null, i.ErasureGround, i.Description)));
        Assert.Equal((true, ErasureGround.RetentionExpired, (string?)null), erased[old.Id]);
        Assert.Equal((true, ErasureGround.RetentionExpired, (string?)null), erased[older.Id]);
        Assert.Equal((true, ErasureGround.RetentionExpired, (string?)null), erased[recent.Id]);
        Assert.Equal((false, (ErasureGround?)null, SgogSetup.Secret), erased[open.Id]);
    }

    private static IEnumerable<string?> IncidentInputTexts(SgogIncident i) =>
        [i.Description, i.SeverityEvidence, i.Sources, i.Mapping, i.ActionsTaken, i.ActionsPlanned, i.Professionals, i.SafetyInstalled, i.SafetyToInstall,
         i.ParentsView, i.ChildView, i.FosterParentsView, i.EscalationNote, i.Aftercare, i.Evaluation, i.DecisionReason];
}
