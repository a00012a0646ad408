using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.CaseAudits;
using Zicht.Infrastructure.Audit;

namespace Zicht.Tests.Features.CaseAudits;

public class CaseAuditFlowTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task Reviewer_cannot_see_worker_scores_before_both_submitted()
    {
        var s = await AuditSetup.CreateAsync(app);
        Assert.Equal(HttpStatusCode.Redirect, (await s.ScoreAsync(s.WorkerClient, "worker", "6", "7", "5", "8")).StatusCode);

        var compare = await s.LeadClient.GetAsync(s.Url("vergelijken"));
        var scoring = await (await s.LeadClient.GetAsync(s.Url("scoren"))).TextAsync();
        var overview = await (await s.LeadClient.GetAsync(s.Url())).TextAsync();

        Assert.Equal(HttpStatusCode.Redirect, compare.StatusCode);
        Assert.Equal(s.Url(), compare.Headers.Location!.OriginalString);
        Assert.DoesNotContain("worker-note", scoring + overview);
        Assert.Contains("ingediend", overview);
    }

    [Fact]
    public async Task Once_both_submitted_the_comparison_shows_both_scores_with_the_differences_first()
    {
        var s = await AuditSetup.CreateAsync(app);
        await s.BothScoredAsync(worker: ["6", "7", "5", ""], reviewer: ["7", "7", "3", "8"]);

        var page = await s.WorkerClient.GetPageAsync(s.Url("vergelijken"));

        Assert.Contains("Waarom geef ik dat cijfer, waarom gaf jij dat cijfer?", page.QuerySelector("main")!.TextContent);
        var rows = page.QuerySelectorAll("table.compare tbody tr").Select(r => r.QuerySelector("th")!.TextContent[..2]).ToList();
        // P3 differs by 2, P1 by 1, P4 has a "don't know", P2 agrees.
        Assert.Equal(["P3", "P1", "P4", "P2"], rows);
        Assert.Contains("lead-note-2", page.QuerySelector("table.compare")!.TextContent);
        Assert.Contains("worker-note-2", page.QuerySelector("table.compare")!.TextContent);
    }

    [Theory]
    [InlineData("11")]
    [InlineData("-1")]
    [InlineData("7,5")]
    public async Task A_score_outside_the_scale_is_refused_next_to_the_field_and_nothing_is_saved(string bad)
    {
        var s = await AuditSetup.CreateAsync(app);

        var response = await s.ScoreAsync(s.WorkerClient, "worker", "6", bad, "5", "8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = HttpForms.Parse(await response.TextAsync());
        Assert.Contains("Geef een geheel getal van 0 tot 10", page.QuerySelector("#score-1-error")!.TextContent);
        Assert.Equal("worker-note-0", page.QuerySelector("#note-0")!.TextContent);
        Assert.Equal(bad, page.QuerySelector("#score-1")!.GetAttribute("value"));
        Assert.False(await app.Data.WithDbAsync(db => db.Set<AuditScoring>().AnyAsync(x => x.AuditId == s.AuditId)));
    }

    [Fact]
    public async Task A_second_scoring_by_the_same_person_is_refused_and_the_first_stays()
    {
        var s = await AuditSetup.CreateAsync(app);
        await s.ScoreAsync(s.WorkerClient, "worker", "6", "7", "5", "8");
        var form = await s.WorkerClient.GetPageAsync(s.Url("scoren"));
        Assert.Null(form.QuerySelector("main form[method=post]"));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? (await s.WorkerClient.GetPageAsync("/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var again = await s.WorkerClient.PostAsync(s.Url("scoren"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Scores[0].Question"] = "P1.scale",
            ["Scores[0].Score"] = "1",
        }));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Een ingediende scoring kan niet meer wijzigen.", await again.TextAsync());
        var scores = await app.Data.WithDbAsync(db => db.Set<AuditScore>().Where(x => x.CaseId == s.Case.Id).OrderBy(x => x.Question).Select(x => x.Score).ToListAsync());
        Assert.Equal([6, 7, 5, 8], scores);
    }

    [Fact]
    public async Task Audit_cannot_close_without_appreciative_conversation()
    {
        var s = await AuditSetup.CreateAsync(app);
        await s.ComparedAsync();

        var response = await s.LeadClient.SubmitAsync(s.Url("gesprek"), new Dictionary<string, string> { ["Input.Approach"] = "Rustig opgebouwd" });
        var closing = await s.LeadClient.PostAsync(s.Url("gesprek") + "?handler=Close", await FormOfAsync(s, new() { ["Input.Approach"] = "Rustig opgebouwd" }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, closing.StatusCode);
        var page = HttpForms.Parse(await closing.TextAsync());
        Assert.Contains("zonder het waarderend gesprek kan de audit niet afsluiten", page.QuerySelector("#WentWell-error")!.TextContent);
        Assert.NotNull(page.QuerySelector("#CouldBeBetter-error"));
        Assert.Equal("Rustig opgebouwd", page.QuerySelector("#Approach")!.TextContent);
        Assert.Null(await app.Data.WithDbAsync(db => db.Set<CaseAudit>().Where(a => a.Id == s.AuditId).Select(a => a.ClosedOn).FirstAsync()));
    }

    [Fact]
    public async Task Two_people_saving_the_conversation_at_once_lose_nothing()
    {
        var s = await AuditSetup.CreateAsync(app);
        await s.ComparedAsync();
        var workerForm = await FormOfAsync(s, new() { ["Input.WentWell"] = "Van de consulent" }, s.WorkerClient);

        var lead = await s.LeadClient.SubmitAsync(s.Url("gesprek"), new Dictionary<string, string> { ["Input.WentWell"] = "Van de teamverantwoordelijke", ["Input.Learning[P4]"] = "Netwerk vroeger betrekken" });
        var worker = await s.WorkerClient.PostAsync(s.Url("gesprek"), workerForm);

        Assert.Equal(HttpStatusCode.Redirect, lead.StatusCode);
        Assert.Equal(HttpStatusCode.OK, worker.StatusCode);
        var page = HttpForms.Parse(await worker.TextAsync());
        Assert.Contains("bewaarde het gesprek terwijl jij schreef", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Van de consulent", page.QuerySelector("#WentWell")!.TextContent);
        Assert.Contains("Van de teamverantwoordelijke", page.QuerySelector(".conflict")!.TextContent);
        var stored = await app.Data.WithDbAsync(db => db.Set<AuditConversation>().Include(c => c.LearningPoints).FirstAsync(c => c.AuditId == s.AuditId));
        Assert.Equal("Van de teamverantwoordelijke", stored.WentWell);
        Assert.Equal("P4", Assert.Single(stored.LearningPoints).Principle);

        // Saving again, knowingly, now goes through.
        var retry = await s.WorkerClient.SubmitAsync(s.Url("gesprek"), new Dictionary<string, string> { ["Input.WentWell"] = "Samen: netwerk en consulent" });
        Assert.Equal(HttpStatusCode.Redirect, retry.StatusCode);
    }

    [Fact]
    public async Task A_closed_audit_keeps_its_scores_and_conversation_and_the_worker_adds_a_reflection()
    {
        var s = await AuditSetup.CreateAsync(app);
        await s.ComparedAsync();
        var close = await s.LeadClient.PostAsync(s.Url("gesprek") + "?handler=Close", await FormOfAsync(s, new()
        {
            ["Input.WentWell"] = "Het netwerk droeg mee",
            ["Input.CouldBeBetter"] = "Kind vroeger horen",
            ["Input.Learning[P3]"] = "Drie huizen in week 1",
        }));
        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);

        var reflection = await s.WorkerClient.SubmitAsync(s.Url("gesprek"), new Dictionary<string, string> { ["Input.Reflection"] = "Ik neem dit mee." });
        var leadPage = await s.LeadClient.GetPageAsync(s.Url("gesprek"));
        var rescoring = await s.LeadClient.PostAsync(s.Url("scoren"), await FormOfAsync(s, new(), s.LeadClient, "vergelijken"));

        Assert.Equal(HttpStatusCode.Redirect, reflection.StatusCode);
        Assert.Contains("Ik neem dit mee.", leadPage.QuerySelector("main")!.TextContent);
        Assert.Null(leadPage.QuerySelector("main form[method=post]"));
        Assert.Contains("kan niet meer wijzigen", await rescoring.TextAsync());
        var audit = await app.Data.WithDbAsync(db => db.Set<CaseAudit>().Include(a => a.Conversation).FirstAsync(a => a.Id == s.AuditId));
        Assert.NotNull(audit.ClosedOn);
        Assert.Equal("Het netwerk droeg mee", audit.Conversation!.WentWell);
    }

    [Fact]
    public async Task Every_read_of_an_audit_is_in_the_audit_trail()
    {
        var s = await AuditSetup.CreateAsync(app);

        await s.WorkerClient.GetPageAsync(s.Url());

        var reads = await app.Data.WithDbAsync(db => db.AuditTrail.CountAsync(e => e.Action == AuditActions.Read && e.EntityType == nameof(CaseAudit) && e.EntityId == s.AuditId.ToString() && e.ActorId == s.Worker.Id));
        Assert.Equal(1, reads);
    }

    [Fact]
    public async Task An_appreciative_interview_is_a_conversation_without_scores()
    {
        var s = await AuditSetup.CreateAsync(app, AuditKind.AppreciativeInterview);

        var scoring = await s.WorkerClient.GetAsync(s.Url("scoren"));
        var close = await s.WorkerClient.PostAsync(s.Url("gesprek") + "?handler=Close", await FormOfAsync(s, new() { ["Input.WentWell"] = "De grootmoeder bleef komen" }, s.WorkerClient));

        Assert.Equal(HttpStatusCode.NotFound, scoring.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, close.StatusCode);
        Assert.False(await app.Data.WithDbAsync(db => db.Set<AuditScoring>().AnyAsync(x => x.AuditId == s.AuditId)));
    }

    /// <summary>The fields of a page's form (token included), with some values replaced, to post to another handler.</summary>
    private static async Task<FormUrlEncodedContent> FormOfAsync(AuditSetup s, Dictionary<string, string> values, HttpClient? client = null, string page = "gesprek")
    {
        var doc = await (client ?? s.LeadClient).GetPageAsync(s.Url(page));
        var fields = doc.QuerySelectorAll("main form[method=post] input[name], main form[method=post] textarea[name]")
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e is AngleSharp.Html.Dom.IHtmlTextAreaElement t ? t.Value : e.GetAttribute("value") ?? ""))
            .Where(f => !values.ContainsKey(f.Key) && f.Key != "__RequestVerificationToken").DistinctBy(f => f.Key).ToList();
        fields.Add(new("__RequestVerificationToken", doc.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!));
        fields.AddRange(values);
        return new FormUrlEncodedContent(fields);
    }
}
