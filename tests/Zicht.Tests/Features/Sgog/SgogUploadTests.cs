using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Sgog;
using Zicht.Infrastructure.Audit;

namespace Zicht.Tests.Features.Sgog;

/// <summary>The register with a 1 MB upload limit, so an oversized file is quick to make.</summary>
public sealed class SmallUploadApp : ZichtApp
{
    protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Zicht:Sgog:MaxUploadBytes"] = "1048576" };
}

/// <summary>
/// Framework and procedure versions and incident attachments over HTTP: a real file is kept and served as a
/// download; an oversized or disguised one is refused with a clear message, what was typed stays in the form,
/// and nothing is saved.
/// </summary>
public class SgogUploadTests(SmallUploadApp app) : IClassFixture<SmallUploadApp>
{
    [Fact]
    public async Task A_framework_version_with_its_file_is_numbered_kept_and_served_as_an_audited_download()
    {
        var s = await SgogSetup.CreateAsync(app);
        var client = await s.OfficerClientAsync();

        var first = await PostDocumentAsync(client, "Referentiekader", "kader.pdf", SgogFileCheckTests.Pdf);
        var second = await PostDocumentAsync(client, "Referentiekader herwerkt", null, null);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, second.StatusCode));
        var versions = await app.Data.WithDbAsync(db => db.Set<SgogDocument>().Where(d => d.OrganisationId == s.ProviderId).OrderBy(d => d.Number).ToListAsync());
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        var page = await client.GetPageAsync("/sgog/kader");
        var link = page.QuerySelector($"a[href='/sgog/kader/documenten/{versions[0].Id}']")!;
        Assert.Equal("kader.pdf", link.TextContent);

        var download = await client.GetAsync(link.GetAttribute("href"));
        Assert.Equal(SgogFileCheckTests.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(await app.Data.WithDbAsync(db => db.AuditTrail.AnyAsync(a => a.Action == AuditActions.Download && a.EntityId == versions[0].Id.ToString() && a.ActorId == s.Officer.Id)));
    }

    public static TheoryData<string, int, string> BadFiles() => new()
    {
        { "kader.pdf", 0, "Alleen PDF-, Word- (.docx), OpenDocument- (.odt), PNG- en JPEG-bestanden kunnen toegevoegd worden, zonder macro's. Er is niets bewaard." },
        { "kader.pdf", 1, "Het bestand heet kader.pdf, maar de inhoud is PNG. Er is niets bewaard: een bestand moet zijn wat de naam zegt." },
        { "kader.pdf", 2, "Het bestand is groter dan 1 MB. Er is niets bewaard; kies een kleiner bestand." },
        { "kader.docx", 3, "Alleen PDF-, Word- (.docx), OpenDocument- (.odt), PNG- en JPEG-bestanden kunnen toegevoegd worden, zonder macro's. Er is niets bewaard." },
    };

    private static byte[] Bytes(int kind) => kind switch
    {
        0 => SgogFileCheckTests.Exe,
        1 => SgogFileCheckTests.Png,
        2 => [.. SgogFileCheckTests.Pdf, .. new byte[1024 * 1024]],
        _ => SgogFileCheckTests.Docx(macros: true),
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task An_oversized_or_disguised_document_is_refused_clearly_keeping_the_form_and_saving_nothing(string name, int kind, string message)
    {
        var s = await SgogSetup.CreateAsync(app);
        var client = await s.OfficerClientAsync();

        var response = await PostDocumentAsync(client, "Mijn procedure", name, Bytes(kind));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = HttpForms.Parse(await response.TextAsync());
        Assert.Contains(message, page.QuerySelector("#upload-error")!.TextContent);
        Assert.Contains("Wat je intypte blijft staan", page.QuerySelector("#upload-error")!.TextContent);
        Assert.Equal("Mijn procedure", page.QuerySelector("input[name='Doc.Title']")!.GetAttribute("value"));
        Assert.False(await app.Data.WithDbAsync(db => db.Set<SgogDocument>().AnyAsync(d => d.OrganisationId == s.ProviderId)));
        Assert.False(await app.Data.WithDbAsync(db => db.Set<SgogFile>().AnyAsync(f => f.OrganisationId == s.ProviderId)));
    }

    [Fact]
    public async Task An_incident_attachment_is_checked_the_same_way_and_can_be_removed()
    {
        var s = await SgogSetup.CreateAsync(app);
        var incident = await s.IncidentAsync();
        var client = await s.OfficerClientAsync();
        var url = $"/sgog/incidenten/{incident.Id}/bijlagen";

        var disguised = await PostFileAsync(client, url, "Upload", "verklaring.pdf", SgogFileCheckTests.Html, []);
        Assert.Contains("Er is niets bewaard.", HttpForms.Parse(await disguised.TextAsync()).QuerySelector("#upload-error")!.TextContent);
        var added = await PostFileAsync(client, url, "Upload", "verklaring.docx", SgogFileCheckTests.Docx(), []);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var file = await app.Data.WithDbAsync(db => db.Set<SgogFile>().SingleAsync(f => f.IncidentId == incident.Id));
        Assert.Equal((SgogFileCheck.Docx.ContentType, "verklaring.docx"), (file.ContentType, file.OriginalName));

        var removed = await client.SubmitAsync(url, new Dictionary<string, string>(), $"form[action*='fileId={file.Id}']");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await app.Data.WithDbAsync(db => db.Set<SgogFile>().AnyAsync(f => f.IncidentId == incident.Id)));
    }

    [Fact]
    public async Task Informed_and_trained_days_cannot_lie_in_the_future_and_close_their_gap()
    {
        var s = await SgogSetup.CreateAsync(app);
        var client = await s.OfficerClientAsync();
        await PostDocumentAsync(client, "Kader", null, null, adopted: "2026-01-05");
        var future = await client.SubmitAsync("/sgog/kader", new Dictionary<string, string> { ["Aware.Kind"] = "StaffInformed", ["Aware.On"] = "2099-01-01", ["Aware.Description"] = "Teamvergadering" }, "form[action*=Awareness]");
        Assert.Contains("De datum kan niet in de toekomst liggen.", HttpForms.Parse(await future.TextAsync()).QuerySelector("main")!.TextContent);

        var gapsBefore = (await client.GetPageAsync("/sgog/kader")).QuerySelector(".gaps")!.TextContent;
        await client.SubmitAsync("/sgog/kader", new Dictionary<string, string> { ["Aware.Kind"] = "StaffInformed", ["Aware.On"] = "2026-01-20", ["Aware.Description"] = "Teamvergadering" }, "form[action*=Awareness]");
        var gapsAfter = (await client.GetPageAsync("/sgog/kader")).QuerySelector(".gaps")!.TextContent;

        Assert.Contains("De medewerkers zijn niet geïnformeerd", gapsBefore);
        Assert.DoesNotContain("De medewerkers zijn niet geïnformeerd", gapsAfter);
        Assert.Contains("Er is geen procedure", gapsAfter);
    }

    private static async Task<HttpResponseMessage> PostDocumentAsync(HttpClient client, string title, string? name, byte[]? bytes, string adopted = "2026-01-05") =>
        await PostFileAsync(client, "/sgog/kader?handler=Document", "upload", name, bytes, new Dictionary<string, string>
        {
            ["Doc.Kind"] = "Framework",
            ["Doc.Title"] = title,
            ["Doc.AdoptedOn"] = adopted,
        }, "/sgog/kader");

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string url, string field, string? name, byte[]? bytes, Dictionary<string, string> values, string? pageUrl = null)
    {
        var page = await client.GetPageAsync(pageUrl ?? url);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
        };
        foreach (var (key, value) in values)
        {
            form.Add(new StringContent(value), key);
        }
        if (name is not null)
        {
            var file = new ByteArrayContent(bytes!);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf"); // what a browser might claim; never trusted
            form.Add(file, field, name);
        }
        return await client.PostAsync(url, form);
    }
}
