using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.ChildVoice;
using Zicht.Features.Mapping;
using Zicht.Features.Trajectories;
using Zicht.Kernel;
using Zicht.Tests.Features.Casework;

namespace Zicht.Tests.Features.ChildVoice;

public class ChildVoiceTests(ZichtApp app) : IClassFixture<ZichtApp>
{
    internal static readonly byte[] TinyPng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    /// <summary>Posts the child-voice form as multipart, the way a browser sends a file.</summary>
    internal static async Task<HttpResponseMessage> RecordAsync(CaseworkSetup s, string words, bool shared, string on = "2026-04-02", (byte[] Bytes, string Name)? file = null)
    {
        var page = await s.Client.GetPageAsync(s.Url("stem-van-het-kind"));
        var token = page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("main form input[name='__RequestVerificationToken']")!.Value;
        // The first option is what a browser submits; AngleSharp reports no value without a selected attribute.
        var child = page.QuerySelector("select[name='Input.ChildId'] option")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(child), "Input.ChildId" },
            { new StringContent("ThreeHouses"), "Input.Tool" },
            { new StringContent("HouseOfWorries"), "Input.Part" },
            { new StringContent(on), "Input.RecordedOn" },
            { new StringContent(words), "Input.ChildWords" },
        };
        if (shared)
        {
            form.Add(new StringContent("true"), "Input.SharedWithParents");
        }
        if (file is { } f)
        {
            var content = new ByteArrayContent(f.Bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(content, "Input.Drawing", f.Name);
        }
        return await s.Client.PostAsync(s.Url("stem-van-het-kind"), form);
    }

    [Fact]
    public async Task The_childs_words_and_drawing_are_saved_and_the_drawing_is_served_to_the_team()
    {
        var s = await CaseworkSetup.CreateAsync(app);

        var response = await RecordAsync(s, "Ik ben bang als papa roept", shared: false, file: (TinyPng, "huis.png"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var upload = await app.Data.WithDbAsync(db => db.Set<CaseUpload>().AsNoTracking().SingleAsync(u => u.CaseId == s.Case.Id));
        var download = await s.Client.GetAsync(s.Url($"bestanden/{upload.Id}"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType!.MediaType);
        using var served = SkiaSharp.SKBitmap.Decode(await download.Content.ReadAsByteArrayAsync()); // re-encoded, not the bytes sent
        Assert.Equal((1, 1), (served.Width, served.Height));
        Assert.Equal(new DateOnly(2026, 4, 2), (await s.TrajectoryAsync(app))!.StepOn(PracticeStep.ChildrenInvolved));
    }

    [Fact]
    public async Task An_executable_renamed_png_is_refused_and_the_words_stay_in_the_form()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        byte[] exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];

        var response = await RecordAsync(s, "Mijn droomhuis", shared: true, file: (exe, "tekening.png"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.TextAsync();
        Assert.Contains("Alleen PNG- en JPEG-afbeeldingen", html);
        Assert.Contains("Mijn droomhuis", html);
        Assert.False(await app.Data.WithDbAsync(db => db.Set<ChildVoiceRecord>().AnyAsync(r => r.CaseId == s.Case.Id)));
    }

    [Fact]
    public async Task An_oversized_upload_is_refused()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        var big = new byte[6 * 1024 * 1024];
        TinyPng.CopyTo(big, 0);

        var response = await RecordAsync(s, "Groot", shared: true, file: (big, "groot.png"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Het bestand is te groot", await response.TextAsync());
        Assert.False(await app.Data.WithDbAsync(db => db.Set<CaseUpload>().AnyAsync(u => u.CaseId == s.Case.Id)));
    }

    [Fact]
    public async Task A_date_before_the_childs_birth_is_refused()
    {
        var s = await CaseworkSetup.CreateAsync(app);

        var response = await RecordAsync(s, "Iets", shared: true, on: "2015-01-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("De datum ligt voor de geboortedatum van het kind", await response.TextAsync());
    }

    [Fact]
    public async Task Consent_hidden_words_and_drawings_never_appear_in_family_outputs()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await RecordAsync(s, "GEHEIM-zeg-het-niet-tegen-mama", shared: false, file: (TinyPng, "geheim.png"));
        await RecordAsync(s, "GEDEELD-ik-wil-bij-oma-slapen", shared: true);
        await s.Client.SubmitAsync(s.Url("mapping"), new Dictionary<string, string>
        {
            ["Statement.Section"] = nameof(MappingSection.DangerStatement),
            ["Statement.Text"] = "KIND-ZEI-in-mapping",
            ["Statement.SaidBy"] = nameof(Speaker.Child),
        }, "form[action*='AddStatement']");
        await s.Client.SubmitAsync(s.Url("mapping"), new Dictionary<string, string> { ["NewVersion.HeldOn"] = "2026-04-03" }, "form[action*='SaveVersion']");
        var hiddenUpload = await app.Data.WithDbAsync(db => db.Set<CaseUpload>().AsNoTracking().SingleAsync(u => u.CaseId == s.Case.Id));

        foreach (var output in new[] { "verslagen/gezinsplan", "verslagen/evolutie" })
        {
            var html = await (await s.Client.GetAsync(s.Url(output))).TextAsync();
            Assert.Contains("GEDEELD-ik-wil-bij-oma-slapen", html);
            Assert.DoesNotContain("GEHEIM", html);
            Assert.DoesNotContain("KIND-ZEI-in-mapping", html);
            Assert.DoesNotContain(hiddenUpload.Id.ToString(), html);
        }
        // The worker still sees everything on the casework page itself.
        Assert.Contains("GEHEIM-zeg-het-niet-tegen-mama", await (await s.Client.GetAsync(s.Url("stem-van-het-kind"))).TextAsync());
    }

    [Fact]
    public async Task The_family_plan_pdf_prints_the_drawings_the_child_agreed_to_share_and_only_those()
    {
        var s = await CaseworkSetup.CreateAsync(app);
        await RecordAsync(s, "Geheim", shared: false, file: (TinyPng, "geheim.png"));
        var hiddenOnly = await (await s.Client.GetAsync(s.Url("verslagen/gezinsplan?pdfFile=true"))).Content.ReadAsByteArrayAsync();
        await RecordAsync(s, "Mijn veilige huis", shared: true, file: (TinyPng, "huis.png"));
        var withShared = await (await s.Client.GetAsync(s.Url("verslagen/gezinsplan?pdfFile=true"))).Content.ReadAsByteArrayAsync();

        static string Text(byte[] pdf) => System.Text.Encoding.Latin1.GetString(pdf);
        Assert.StartsWith("%PDF", Text(withShared));
        Assert.DoesNotContain("/Subtype /Image", Text(hiddenOnly));
        Assert.Contains("/Subtype /Image", Text(withShared));
    }
}
