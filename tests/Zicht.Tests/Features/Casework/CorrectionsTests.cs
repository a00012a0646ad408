using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zicht.Features.ChildVoice;
using Zicht.Features.CoreData;
using Zicht.Features.Mapping;
using Zicht.Features.Network;
using Zicht.Features.SafetyScales;
using Zicht.Features.Trajectories;
using Zicht.Features.WordsAndPictures;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;
using Zicht.Tests.Features.ChildVoice;

namespace Zicht.Tests.Features.Casework;

/// <summary>
/// Every record can be corrected or removed where it is shown: removals are audited with what the
/// record held, stale forms are refused instead of overwriting, and outsiders are refused.
/// </summary>
public class CorrectionsTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    /// <summary>Posts the remove form of <paramref name="recordId"/> on <paramref name="page"/>, as the browser would.</summary>
    private static async Task<HttpResponseMessage> RemoveAsync(HttpClient client, string page, string handler, Guid recordId, int? staleVersion = null)
    {
        var doc = await client.GetPageAsync(page);
        var form = doc.QuerySelectorAll<IHtmlFormElement>($"form[action$='handler={handler}']")
            .First(f => f.QuerySelector<IHtmlInputElement>("input[name='recordId']")!.Value == recordId.ToString());
        var fields = form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden")
            .ToDictionary(i => i.Name!, i => i.Name == "version" && staleVersion is { } v ? v.ToString() : i.Value);
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    private Task<List<AuditEntry>> DeletesAsync(Guid caseId, string entityType) => app.Data.WithDbAsync(db =>
        db.Set<AuditEntry>().AsNoTracking().Where(a => a.CaseId == caseId && a.EntityType == entityType && a.Action == AuditActions.Delete).ToListAsync());

    [Fact]
    public async Task A_harm_matrix_row_is_corrected_a_stale_edit_is_refused_and_a_removal_is_audited()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await s.Client.SubmitAsync(s.Url("mapping"), new Dictionary<string, string> { ["NewHarm.Harm"] = "Blauwe plekken", ["NewHarm.Severity"] = "matig" }, "form[action*='AddHarm']");
        var harm = await app.Data.WithDbAsync(db => db.Set<HarmMatrixEntry>().AsNoTracking().SingleAsync(h => h.CaseId == s.Case.Id));
        var editUrl = s.Url($"mapping/schade/{harm.Id}");
        var staleForm = await s.Client.GetPageAsync(editUrl);

        var edited = await s.Client.SubmitAsync(editUrl, new Dictionary<string, string> { ["Harm.Severity"] = "ernstig", ["Harm.LastIncident"] = "maart" });
        var stale = await s.Client.PostAsync(editUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = staleForm.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value,
            ["Version"] = staleForm.QuerySelector<IHtmlInputElement>("input[name='Version']")!.Value,
            ["Harm.Harm"] = "Blauwe plekken",
            ["Harm.Severity"] = "licht",
        }));

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var staleHtml = await stale.TextAsync();
        Assert.Contains("Iemand anders wijzigde deze rij", staleHtml);
        Assert.Contains("value=\"licht\"", staleHtml);
        var saved = await app.Data.WithDbAsync(db => db.Set<HarmMatrixEntry>().AsNoTracking().SingleAsync(h => h.Id == harm.Id));
        Assert.Equal(("ernstig", "maart"), (saved.Severity, saved.LastIncident));

        var removed = await RemoveAsync(s.Client, s.Url("mapping"), "RemoveHarm", harm.Id);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await app.Data.WithDbAsync(db => db.Set<HarmMatrixEntry>().AnyAsync(h => h.CaseId == s.Case.Id)));
        Assert.Contains("ernstig", Assert.Single(await DeletesAsync(s.Case.Id, nameof(HarmMatrixEntry))).Changes);
    }

    [Fact]
    public async Task A_mistaken_score_is_removed_and_leaves_the_trend()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        foreach (var score in new[] { "3", "8" })
        {
            await s.Client.SubmitAsync(s.Url("schalen"), new Dictionary<string, string>
            {
                ["Input.Score"] = score,
                ["Input.ScorerName"] = "Mama",
                ["Input.ScorerRole"] = "Parent",
                ["Input.ScoredOn"] = "2026-04-01",
            }, "section[aria-labelledby='add-score'] form");
        }
        var mistake = await app.Data.WithDbAsync(db => db.Set<SafetyScore>().AsNoTracking().SingleAsync(x => x.CaseId == s.Case.Id && x.Score == 8));

        var removed = await RemoveAsync(s.Client, s.Url("schalen"), "Remove", mistake.Id);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var left = await app.Data.WithDbAsync(db => db.Set<SafetyScore>().AsNoTracking().Where(x => x.CaseId == s.Case.Id).Select(x => x.Score).ToListAsync());
        Assert.Equal([3], left);
        var table = (await s.Client.GetPageAsync(s.Url("schalen"))).QuerySelector("table.data tbody")!.TextContent;
        Assert.DoesNotContain("3 / 8", table);
        Assert.Single(await DeletesAsync(s.Case.Id, nameof(SafetyScore)));
    }

    [Fact]
    public async Task A_placement_gets_its_end_date_later_and_bad_or_stale_corrections_are_refused()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await s.Client.SubmitAsync(s.Url("kerngegevens"), new Dictionary<string, string> { ["NewPlacement.Type"] = "FamilyNetwork", ["NewPlacement.StartOn"] = "2026-03-01" }, "form[action$='handler=Placement']");
        var placement = await app.Data.WithDbAsync(db => db.Set<OutOfHomePlacement>().AsNoTracking().SingleAsync(p => p.CaseId == s.Case.Id));
        var url = s.Url($"kerngegevens/plaatsing/{placement.Id}");
        var staleForm = await s.Client.GetPageAsync(url);

        var beforeStart = await s.Client.SubmitAsync(url, new Dictionary<string, string> { ["Placement.EndOn"] = "2026-02-01" });
        var ended = await s.Client.SubmitAsync(url, new Dictionary<string, string> { ["Placement.EndOn"] = "2026-05-15", ["Placement.Note"] = "terug naar huis" });
        var stale = await s.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = staleForm.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value,
            ["Version"] = staleForm.QuerySelector<IHtmlInputElement>("input[name='Version']")!.Value,
            ["Placement.Type"] = "Residential",
            ["Placement.StartOn"] = "2026-03-01",
        }));

        Assert.Contains("De einddatum kan niet voor de begindatum liggen.", await beforeStart.TextAsync());
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("Iemand anders wijzigde deze plaatsing", await stale.TextAsync());
        var saved = await app.Data.WithDbAsync(db => db.Set<OutOfHomePlacement>().AsNoTracking().SingleAsync(p => p.Id == placement.Id));
        Assert.Equal((Zicht.Features.Trajectories.Placement.FamilyNetwork, new DateOnly(2026, 5, 15), "terug naar huis"), (saved.Type, saved.EndOn, saved.Note));

        var staleRemove = await RemoveAsync(s.Client, s.Url("kerngegevens"), "RemovePlacement", placement.Id, staleVersion: placement.Version);
        Assert.Contains("Er werd niets verwijderd", await staleRemove.TextAsync());
        var removed = await RemoveAsync(s.Client, s.Url("kerngegevens"), "RemovePlacement", placement.Id);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await app.Data.WithDbAsync(db => db.Set<OutOfHomePlacement>().AnyAsync(p => p.CaseId == s.Case.Id)));
        Assert.Equal(Zicht.Features.Trajectories.Placement.None, (await s.TrajectoryAsync(app))!.Placement);
    }

    [Fact]
    public async Task A_network_meeting_is_corrected_and_a_stale_correction_is_refused()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await s.Client.SubmitAsync(s.Url("netwerk"), new Dictionary<string, string> { ["Meeting.HeldOn"] = "2026-04-01", ["Meeting.Attendees"] = "mama, oma" }, "form[action*='handler=Meeting']");
        var meeting = await app.Data.WithDbAsync(db => db.Set<NetworkMeeting>().AsNoTracking().SingleAsync(m => m.CaseId == s.Case.Id));
        var url = s.Url($"netwerk/overleg/{meeting.Id}");
        var staleForm = await s.Client.GetPageAsync(url);

        var nextBefore = await s.Client.SubmitAsync(url, new Dictionary<string, string> { ["Meeting.NextMeetingOn"] = "2026-03-01" });
        var corrected = await s.Client.SubmitAsync(url, new Dictionary<string, string> { ["Meeting.Attendees"] = "mama, oma, buurvrouw", ["Meeting.Agreements"] = "Oma haalt op." });
        var stale = await s.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = staleForm.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value,
            ["Version"] = staleForm.QuerySelector<IHtmlInputElement>("input[name='Version']")!.Value,
            ["Meeting.HeldOn"] = "2026-04-01",
            ["Meeting.Attendees"] = "mama",
        }));

        Assert.Contains("Het volgende beraad kan niet voor dit beraad liggen.", await nextBefore.TextAsync());
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Contains("Iemand anders wijzigde dit beraad", await stale.TextAsync());
        var saved = await app.Data.WithDbAsync(db => db.Set<NetworkMeeting>().AsNoTracking().SingleAsync(m => m.Id == meeting.Id));
        Assert.Equal(("mama, oma, buurvrouw", "Oma haalt op."), (saved.Attendees, saved.Agreements));
    }

    [Fact]
    public async Task A_crisis_intervention_is_removed_and_the_trajectory_follows()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await s.Client.SubmitAsync(s.Url("kerngegevens"), new Dictionary<string, string> { ["Crisis.On"] = "2025-12-01" }, "form[action$='handler=Crisis']");
        var crisis = await app.Data.WithDbAsync(db => db.Set<CrisisIntervention>().AsNoTracking().SingleAsync(c => c.CaseId == s.Case.Id));

        var removed = await RemoveAsync(s.Client, s.Url("kerngegevens"), "RemoveCrisis", crisis.Id);
        var again = await s.Client.PostAsync(s.Url("kerngegevens?handler=RemoveCrisis"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = (await s.Client.GetPageAsync(s.Url("kerngegevens"))).QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value,
            ["recordId"] = crisis.Id.ToString(),
        }));

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Contains("Dit was al verwijderd.", await again.TextAsync());
        Assert.False(await app.Data.WithDbAsync(db => db.Set<CrisisIntervention>().AnyAsync(c => c.CaseId == s.Case.Id)));
    }

    [Fact]
    public async Task The_child_can_withdraw_consent_and_the_family_plan_no_longer_shows_the_words()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await ChildVoiceTests.RecordAsync(s, "Ik wil bij oma slapen", shared: true);
        var record = await app.Data.WithDbAsync(db => db.Set<ChildVoiceRecord>().AsNoTracking().SingleAsync(r => r.CaseId == s.Case.Id));
        Assert.Contains("Ik wil bij oma slapen", await (await s.Client.GetAsync(s.Url("verslagen/gezinsplan"))).TextAsync());

        var withdrawn = await s.Client.SubmitAsync(s.Url("stem-van-het-kind"), new Dictionary<string, string>(), "form[action$='handler=Consent']");

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.False(await app.Data.WithDbAsync(db => db.Set<ChildVoiceRecord>().Where(r => r.Id == record.Id).Select(r => r.SharedWithParents).SingleAsync()));
        Assert.DoesNotContain("Ik wil bij oma slapen", await (await s.Client.GetAsync(s.Url("verslagen/gezinsplan"))).TextAsync());
        Assert.Contains("Niet gedeeld met ouders", (await s.Client.GetPageAsync(s.Url("stem-van-het-kind"))).QuerySelector("article.child-voice")!.TextContent);
    }

    [Fact]
    public async Task Removing_the_childs_words_removes_the_drawing_and_its_file()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await ChildVoiceTests.RecordAsync(s, "Mijn huis van zorgen", shared: false, file: (ChildVoiceTests.TinyPng, "zorgen.png"));
        var record = await app.Data.WithDbAsync(db => db.Set<ChildVoiceRecord>().AsNoTracking().SingleAsync(r => r.CaseId == s.Case.Id));
        var upload = await app.Data.WithDbAsync(db => db.Set<CaseUpload>().AsNoTracking().SingleAsync(u => u.CaseId == s.Case.Id));
        Assert.True(await StoredAsync(upload.StorageKey));

        var removed = await RemoveAsync(s.Client, s.Url("stem-van-het-kind"), "Remove", record.Id);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await app.Data.WithDbAsync(db => db.Set<CaseUpload>().AnyAsync(u => u.CaseId == s.Case.Id)));
        Assert.False(await StoredAsync(upload.StorageKey));
        Assert.Equal(HttpStatusCode.NotFound, (await s.Client.GetAsync(s.Url($"bestanden/{upload.Id}"))).StatusCode);
        Assert.Null((await s.TrajectoryAsync(app))!.StepOn(PracticeStep.ChildrenInvolved));
    }

    private Task<bool> StoredAsync(string key) => app.Data.WithDbAsync(async db =>
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await new UploadStore(db, scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<UploadOptions>>(),
            scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Hosting.IWebHostEnvironment>()).ExistsAsync(key);
    });

    private static async Task<HttpResponseMessage> WriteDocumentAsync(CaseworkSetup s, string url, string title, (byte[] Bytes, string Name)? picture = null, string? version = null)
    {
        var page = await s.Client.GetPageAsync(url);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector<IHtmlInputElement>("main form input[name='__RequestVerificationToken']")!.Value), "__RequestVerificationToken" },
            { new StringContent("WordsAndPictures"), "Input.Kind" },
            { new StringContent(title), "Input.Title" },
            { new StringContent("Mama was ziek. Oma zorgt nu elke dag voor jou."), "Input.Story" },
            { new StringContent("2026-04-10"), "Input.MadeOn" },
        };
        if ((version ?? page.QuerySelector<IHtmlInputElement>("input[name='Version']")?.Value) is { } v)
        {
            form.Add(new StringContent(v), "Version");
        }
        if (picture is { } p)
        {
            var content = new ByteArrayContent(p.Bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(content, "Input.Picture", p.Name);
        }
        return await s.Client.PostAsync(url, form);
    }

    [Fact]
    public async Task A_words_and_pictures_story_is_reworked_with_pictures_and_removed_with_them()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await WriteDocumentAsync(s, s.Url("woord-en-beeld"), "Het verhaal van Lotte", (ChildVoiceTests.TinyPng, "oma.png"));
        var doc = await app.Data.WithDbAsync(db => db.Set<WordsAndPicturesDocument>().AsNoTracking().SingleAsync(d => d.CaseId == s.Case.Id));
        var editUrl = s.Url($"woord-en-beeld/{doc.Id}/wijzigen");

        var reworked = await WriteDocumentAsync(s, editUrl, "Het verhaal van Lotte en Tim", (ChildVoiceTests.TinyPng, "school.png"));
        var stale = await WriteDocumentAsync(s, editUrl, "Oude titel", version: doc.Version.ToString());

        Assert.Equal(HttpStatusCode.Redirect, reworked.StatusCode);
        Assert.Contains("Iemand anders wijzigde dit document", await stale.TextAsync());
        var printed = await s.Client.GetPageAsync(s.Url($"woord-en-beeld/{doc.Id}"));
        Assert.Equal("Het verhaal van Lotte en Tim", printed.QuerySelector("h1")!.TextContent);
        Assert.Equal(2, printed.QuerySelectorAll("img.story-picture").Length);
        var uploads = await app.Data.WithDbAsync(db => db.Set<CaseUpload>().AsNoTracking().Where(u => u.WordsAndPicturesId == doc.Id).ToListAsync());
        Assert.Equal(2, uploads.Count);

        var pictureRemoved = await RemoveAsync(s.Client, editUrl, "RemovePicture", uploads[0].Id);
        Assert.Equal(HttpStatusCode.Redirect, pictureRemoved.StatusCode);
        Assert.Single((await s.Client.GetPageAsync(s.Url($"woord-en-beeld/{doc.Id}"))).QuerySelectorAll("img.story-picture"));

        var removed = await RemoveAsync(s.Client, s.Url("woord-en-beeld"), "Remove", doc.Id);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await app.Data.WithDbAsync(db => db.Set<CaseUpload>().AnyAsync(u => u.CaseId == s.Case.Id)));
        foreach (var upload in uploads)
        {
            Assert.False(await StoredAsync(upload.StorageKey));
        }
        Assert.Null((await s.TrajectoryAsync(app))!.StepOn(PracticeStep.WordsAndPictures));
    }

    public static TheoryData<string> Outsiders => new() { "other-team-worker", Roles.Policy, Roles.Administrator };

    [Theory]
    [MemberData(nameof(Outsiders))]
    public async Task Outsiders_can_neither_open_the_correction_pages_nor_remove_records(string who)
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await s.Client.SubmitAsync(s.Url("mapping"), new Dictionary<string, string> { ["NewHarm.Harm"] = "Blauwe plekken" }, "form[action*='AddHarm']");
        await s.Client.SubmitAsync(s.Url("kerngegevens"), new Dictionary<string, string> { ["NewPlacement.Type"] = "Foster", ["NewPlacement.StartOn"] = "2026-03-01" }, "form[action$='handler=Placement']");
        await WriteDocumentAsync(s, s.Url("woord-en-beeld"), "Verhaal");
        var (harm, placement, doc) = await app.Data.WithDbAsync(async db => (
            await db.Set<HarmMatrixEntry>().AsNoTracking().SingleAsync(h => h.CaseId == s.Case.Id),
            await db.Set<OutOfHomePlacement>().AsNoTracking().SingleAsync(p => p.CaseId == s.Case.Id),
            await db.Set<WordsAndPicturesDocument>().AsNoTracking().SingleAsync(d => d.CaseId == s.Case.Id)));
        var outsider = who == "other-team-worker"
            ? await app.Data.StaffAsync(s.World, Roles.Caseworker, s.World.TeamB)
            : await app.Data.StaffAsync(s.World, who);
        var client = await app.SignedInAsync(outsider.UserName!);
        var token = (await client.GetPageAsync("/")).QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")?.Value ?? "";

        await s.Client.SubmitAsync(s.Url("netwerk"), new Dictionary<string, string> { ["Meeting.HeldOn"] = "2026-04-01", ["Meeting.Attendees"] = "mama" }, "form[action*='handler=Meeting']");
        var meeting = await app.Data.WithDbAsync(db => db.Set<NetworkMeeting>().AsNoTracking().SingleAsync(m => m.CaseId == s.Case.Id));
        foreach (var page in new[] { $"mapping/schade/{harm.Id}", $"kerngegevens/plaatsing/{placement.Id}", $"woord-en-beeld/{doc.Id}/wijzigen", $"netwerk/overleg/{meeting.Id}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(s.Url(page))).StatusCode);
        }
        foreach (var (page, id) in new[] { ("mapping?handler=RemoveHarm", harm.Id), ("kerngegevens?handler=RemovePlacement", placement.Id), ("woord-en-beeld?handler=Remove", doc.Id) })
        {
            var response = await client.PostAsync(s.Url(page), new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["recordId"] = id.ToString(), ["version"] = "0" }));
            Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{who} got {response.StatusCode} on {page}");
        }
        Assert.True(await app.Data.WithDbAsync(async db =>
            await db.Set<HarmMatrixEntry>().AnyAsync(h => h.Id == harm.Id) && await db.Set<OutOfHomePlacement>().AnyAsync(p => p.Id == placement.Id)
            && await db.Set<WordsAndPicturesDocument>().AnyAsync(d => d.Id == doc.Id)));
    }
}
