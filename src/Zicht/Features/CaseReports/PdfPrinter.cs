using System.Text;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zicht.Features.ChildVoice;

namespace Zicht.Features.CaseReports;

public sealed class PdfOptions
{
    /// <summary>Chromium binary; when missing, PDF requests fall back to the print-friendly HTML.</summary>
    public string Chromium { get; set; } = "/usr/bin/chromium";

    /// <summary>The unprivileged account Chromium runs as when the app runs as root (so its sandbox works).</summary>
    public string RunAs { get; set; } = "zichtpdf";
    public int MaxConcurrent { get; set; } = 2;
    public int QueueSeconds { get; set; } = 20;
    public int TimeoutSeconds { get; set; } = 60;
    public int MaxMemoryMb { get; set; } = 1024;

    /// <summary>The author every PDF names (its document properties): the organisation that keeps the file.</summary>
    public string Author { get; set; } = "Opgroeien · Zicht";
}

/// <summary>
/// Turns an already-authorised report page into a PDF with headless Chromium (QuestPDF and friends are
/// not available here; Chromium gives tagged, paginated output). The HTML never leaves the server:
/// it is written to a private temp file, printed, and both files are deleted.
/// </summary>
public sealed class PdfPrinter(Microsoft.Extensions.Options.IOptions<PdfOptions> options, IWebHostEnvironment env, UploadStore uploads, ChromiumRunner chromium,
    Microsoft.Extensions.Localization.IStringLocalizer<Zicht.Infrastructure.Localisation.SharedText> t, TimeProvider clock, ILogger<PdfPrinter> log)
{
    /// <summary>
    /// The PDF of this HTML, or null when Chromium is missing or fails (the caller serves the HTML).
    /// <paramref name="pictures"/> are the uploads the page shows (already filtered for its reader):
    /// their links are replaced by the images themselves, since the offline render cannot sign in.
    /// </summary>
    /// <paramref name="subject"/> is the document's subject in its properties (by default: a confidential document from Zicht).
    public async Task<byte[]?> PrintAsync(string html, IReadOnlyCollection<CaseUpload>? pictures = null, string? subject = null, CancellationToken ct = default)
    {
        if (!File.Exists(options.Value.Chromium))
        {
            return null;
        }
        // Stylesheets are linked from the site root; the offline render gets copies next to the page, so the
        // renderer's user needs no access to the app's own folders.
        html = html.Replace("href=\"/css/", "href=\"css/", StringComparison.Ordinal);
        var properties = new PdfDocumentInfo.Properties(PdfPageFrame.TitleOf(html), options.Value.Author, subject ?? t["Confidential document from Zicht"],
            System.Globalization.CultureInfo.CurrentUICulture.Name, clock.GetLocalNow());
        html = PdfPageFrame.Apply(html, DateOnly.FromDateTime(clock.GetLocalNow().DateTime).ToString("d"), new(t["Confidential"], t["Page"], t["of"]));
        foreach (var picture in pictures ?? [])
        {
            if (await uploads.ReadAllAsync(picture.StorageKey, ct) is not { } bytes)
            {
                continue;
            }
            var inline = $"src=\"data:{picture.ContentType};base64,{Convert.ToBase64String(bytes)}\"";
            html = html.Replace($"src=\"/dossiers/{picture.CaseId}/bestanden/{picture.Id}\"", inline, StringComparison.Ordinal);
        }
        var dir = Directory.CreateTempSubdirectory("zicht-pdf-");
        try
        {
            var source = Path.Combine(dir.FullName, "report.html");
            var css = Directory.CreateDirectory(Path.Combine(dir.FullName, "css"));
            foreach (var sheet in Directory.EnumerateFiles(Path.Combine(env.WebRootPath, "css"), "*.css"))
            {
                File.Copy(sheet, Path.Combine(css.FullName, Path.GetFileName(sheet)));
            }
            var target = Path.Combine(dir.FullName, "report.pdf");
            await File.WriteAllTextAsync(source, html, Encoding.UTF8, ct);
            var outcome = await chromium.PrintAsync(dir.FullName, source, target, ct);
            if (outcome != ChromiumRunner.Outcome.Done)
            {
                log.LogWarning("No PDF: {Outcome}", outcome);
                return null;
            }
            return PdfDocumentInfo.Apply(await File.ReadAllBytesAsync(target, ct), properties);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

/// <summary>
/// On a page model: when the handler asked for a PDF (<see cref="Request"/>), the rendered page is
/// captured and sent as a PDF instead. Runs after the handler, so access was already checked.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PrintableAsPdfAttribute : Attribute, IAsyncResultFilter
{
    private const string Key = "zicht.pdf-file-name";
    private const string PicturesKey = "zicht.pdf-pictures";
    private const string SubjectKey = "zicht.pdf-subject";

    /// <summary>
    /// Asks for the PDF; <paramref name="pictures"/> are the uploads the page shows, to be printed with it;
    /// <paramref name="subject"/> says what the document is, for its properties.
    /// </summary>
    public static void Request(HttpContext http, string fileName, IReadOnlyCollection<CaseUpload>? pictures = null, string? subject = null)
    {
        http.Items[Key] = fileName;
        http.Items[PicturesKey] = pictures;
        http.Items[SubjectKey] = subject;
    }

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (context.Result is not PageResult || http.Items[Key] is not string fileName)
        {
            await next();
            return;
        }
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next();
        }
        finally
        {
            http.Response.Body = original;
        }
        var html = buffer.ToArray();
        var pdf = await http.RequestServices.GetRequiredService<PdfPrinter>().PrintAsync(Encoding.UTF8.GetString(html), http.Items[PicturesKey] as IReadOnlyCollection<CaseUpload>,
            http.Items[SubjectKey] as string, http.RequestAborted);
        if (pdf is not null)
        {
            http.Response.ContentType = "application/pdf";
            http.Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = fileName }.ToString();
        }
        var body = pdf ?? html;
        http.Response.ContentLength = body.Length;
        await original.WriteAsync(body, http.RequestAborted);
    }
}
