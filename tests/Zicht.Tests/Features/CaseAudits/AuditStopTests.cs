using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.CaseAudits;

namespace Zicht.Tests.Features.CaseAudits;

public class AuditStopTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    [Fact]
    public async Task An_audit_stopped_while_scoring_takes_no_more_scores_and_is_never_counted()
    {
        var s = await AuditSetup.CreateAsync(app);
        await s.ScoreAsync(s.WorkerClient, "worker", "6", "7", "5", "8");
        var scoreForm = await FormAsync(s.LeadClient, s.Url("scoren"));

        var stop = await s.LeadClient.PostAsync(s.Url() + "?handler=Stop", await FormAsync(s.LeadClient, s.Url()));
        var late = await s.LeadClient.PostAsync(s.Url("scoren"), scoreForm);

        Assert.Equal(HttpStatusCode.Redirect, stop.StatusCode);
        Assert.Contains("Deze audit is gestopt", await late.TextAsync());
        Assert.Equal(1, await app.Data.WithDbAsync(db => db.Set<AuditScoring>().CountAsync(x => x.AuditId == s.AuditId)));
        Assert.Contains("Gestopt", (await s.WorkerClient.GetPageAsync("/casusaudits")).QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await s.WorkerClient.GetAsync(s.Url("vergelijken"))).StatusCode);
    }

    [Fact]
    public async Task Once_both_scorings_are_in_an_audit_can_no_longer_be_stopped()
    {
        var s = await AuditSetup.CreateAsync(app);
        var form = await FormAsync(s.WorkerClient, s.Url());
        await s.BothScoredAsync();

        var stop = await s.WorkerClient.PostAsync(s.Url() + "?handler=Stop", form);

        Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        Assert.Contains("Enkel een audit die nog gescoord wordt, kan stoppen.", await stop.TextAsync());
        Assert.Null(await app.Data.WithDbAsync(db => db.Set<CaseAudit>().Where(a => a.Id == s.AuditId).Select(a => a.StoppedOn).FirstAsync()));
    }

    /// <summary>The fields of the page's first form in main (token included), as a browser would post them.</summary>
    private static async Task<FormUrlEncodedContent> FormAsync(HttpClient client, string url)
    {
        var page = await client.GetPageAsync(url);
        var fields = page.QuerySelectorAll("main form[method=post] input[name], main form[method=post] textarea[name]")
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e.GetAttribute("value") ?? e.TextContent))
            .Where(f => f.Key != "__RequestVerificationToken").ToList();
        fields.Add(new("__RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!));
        return new FormUrlEncodedContent(fields);
    }
}
