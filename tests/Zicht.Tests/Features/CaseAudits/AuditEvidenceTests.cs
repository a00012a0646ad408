using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.CaseAudits;
using Zicht.Features.Network;

namespace Zicht.Tests.Features.CaseAudits;

public class AuditEvidenceTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task Evidence_prefill_lists_step_dates_from_records_beside_their_principle()
    {
        var s = await AuditSetup.CreateAsync(app);
        var meeting = new NetworkMeeting { CaseId = s.Case.Id, HeldOn = new DateOnly(2026, 4, 2), Attendees = "Mama, oma, buurvrouw" };
        await app.Data.WithDbAsync(async db => { db.Add(meeting); await db.SaveChangesAsync(); });

        var page = await s.WorkerClient.GetPageAsync(s.Url("scoren"));
        var p4 = page.QuerySelector("section[aria-labelledby='p-P4']")!.TextContent;

        Assert.Contains("12. Netwerkberaden", p4);
        Assert.Contains("Mama, oma, buurvrouw (2026-04-02)", p4);
        Assert.DoesNotContain("Mama, oma", page.QuerySelector("section[aria-labelledby='p-P1']")!.TextContent);
        Assert.NotNull(page.QuerySelector($"input[name='Scores[3].Evidence'][value='NetworkMeeting:{meeting.Id}']"));
    }

    [Fact]
    public async Task A_score_is_linked_to_a_record_of_the_case_and_a_record_from_elsewhere_is_refused()
    {
        var s = await AuditSetup.CreateAsync(app);
        var meeting = new NetworkMeeting { CaseId = s.Case.Id, HeldOn = new DateOnly(2026, 4, 2), Attendees = "Mama, oma" };
        await app.Data.WithDbAsync(async db => { db.Add(meeting); await db.SaveChangesAsync(); });

        var foreign = await s.WorkerClient.SubmitAsync(s.Url("scoren"), new Dictionary<string, string> { ["Scores[3].Score"] = "8", ["Scores[3].Evidence"] = $"NetworkMeeting:{Guid.NewGuid()}" });
        var linked = await s.WorkerClient.SubmitAsync(s.Url("scoren"), new Dictionary<string, string> { ["Scores[3].Score"] = "8", ["Scores[3].Evidence"] = $"NetworkMeeting:{meeting.Id}" });

        Assert.Equal(HttpStatusCode.OK, foreign.StatusCode);
        Assert.Contains("Koppel enkel registraties van dit dossier", await foreign.TextAsync());
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        var link = await app.Data.WithDbAsync(db => db.Set<AuditEvidenceLink>().SingleAsync(e => e.CaseId == s.Case.Id));
        Assert.Equal((EvidenceSource.NetworkMeeting, meeting.Id), (link.Source, link.RecordId));
        Assert.Contains("Netwerkberaad Mama, oma", (await s.WorkerClient.GetPageAsync(s.Url("scoren"))).QuerySelector("main")!.TextContent);
    }
}
