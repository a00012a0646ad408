using System.Net;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.ChildVoice;
using Zicht.Features.Mapping;
using Zicht.Infrastructure.Auth;
using Zicht.Tests.Features.ChildVoice;

namespace Zicht.Tests.Features.Casework;

/// <summary>Nobody outside the case's team reads its casework, uploads or reports; not even an administrator.</summary>
public class CaseworkAccessTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    private static readonly string[] Pages =
    [
        "mapping", "mapping/vergelijk?tot=1", "schalen", "netwerk", "veiligheidsplan", "stem-van-het-kind", "woord-en-beeld",
        "stappen", "procesteams", "kerngegevens", "verslagen/evolutie", "verslagen/gezinsplan", "verslagen/gezinsplan?pdfFile=true",
    ];

    public static TheoryData<string> Outsiders => new() { "other-team-worker", Roles.Policy, Roles.Administrator };

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Outsiders_cannot_read_mappings_uploads_or_reports_of_a_case(string who)
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await ChildVoiceTests.RecordAsync(s, "Tekening", shared: true, file: (ChildVoiceTests.TinyPng, "t.png"));
        await s.Client.SubmitAsync(s.Url("mapping"), new Dictionary<string, string> { ["NewVersion.HeldOn"] = "2026-03-05" }, "form[action*='SaveVersion']");
        var upload = await app.Data.WithDbAsync(db => db.Set<CaseUpload>().AsNoTracking().SingleAsync(u => u.CaseId == s.Case.Id));
        var outsider = who == "other-team-worker"
            ? await app.Data.StaffAsync(s.World, Roles.Caseworker, s.World.TeamB)
            : await app.Data.StaffAsync(s.World, who);
        var client = await app.SignedInAsync(outsider.UserName!);

        foreach (var page in Pages.Append($"bestanden/{upload.Id}"))
        {
            var response = await client.GetAsync(s.Url(page));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{who} got {response.StatusCode} on {page}");
        }
    }

    [Fact]
    public async Task Another_teams_worker_cannot_add_to_the_mapping()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        var own = await s.Client.GetPageAsync(s.Url("mapping"));
        var token = own.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("form[action*='AddStatement'] input[name='__RequestVerificationToken']")!.Value;
        var outsider = await app.Data.StaffAsync(s.World, Roles.Caseworker, s.World.TeamB);
        var client = await app.SignedInAsync(outsider.UserName!);
        // The outsider's own antiforgery token, from a page they may open.
        var theirPage = await client.GetPageAsync("/dossiers");
        var theirToken = theirPage.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name='__RequestVerificationToken']")?.Value ?? token;

        var response = await client.PostAsync(s.Url("mapping?handler=AddStatement"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = theirToken,
            ["Statement.Section"] = "PastHarm",
            ["Statement.Text"] = "ingebroken",
        }));

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, response.StatusCode.ToString());
        Assert.False(await app.Data.WithDbAsync(db => db.Set<MappingStatement>().IgnoreQueryFilters().AnyAsync(x => x.CaseId == s.Case.Id)));
    }

    [Fact]
    public async Task Reading_the_mapping_and_downloading_a_drawing_are_in_the_audit_trail()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await ChildVoiceTests.RecordAsync(s, "Tekening", shared: true, file: (ChildVoiceTests.TinyPng, "t.png"));
        var upload = await app.Data.WithDbAsync(db => db.Set<CaseUpload>().AsNoTracking().SingleAsync(u => u.CaseId == s.Case.Id));

        await s.Client.GetAsync(s.Url("mapping"));
        await s.Client.GetAsync(s.Url($"bestanden/{upload.Id}"));

        var lines = await app.Data.WithDbAsync(db => db.AuditTrail.AsNoTracking().Where(a => a.CaseId == s.Case.Id).Select(a => a.Action + ":" + a.EntityType).ToListAsync());
        Assert.Contains("Read:Mapping", lines);
        Assert.Contains("Download:CaseUpload", lines);
    }
}
