using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Zicht.Features.CaseReports;

public sealed class PdfOptions
{
    /// <summary>Chromium binary; when missing, PDF requests fall back to the print-friendly HTML.</summary>
    public string Chromium { get; set; } = "/usr/bin/chromium";
}

/// <summary>
/// Turns an already-authorised report page into a PDF with headless Chromium (QuestPDF and friends are
/// not available here; Chromium gives tagged, paginated output). The HTML never leaves the server:
/// it is written to a private temp file, printed, and both files are deleted.
/// </summary>
public sealed class PdfPrinter(Microsoft.Extensions.Options.IOptions<PdfOptions> options, IWebHostEnvironment env, ILogger<PdfPrinter> log)
{
    public async Task<IActionResult> RenderAsync(PageModel page, string fileName)
    {
        if (!File.Exists(options.Value.Chromium))
        {
            return page.Page();
        }
        var html = await RenderHtmlAsync(page);
        // Stylesheets are linked from the site root; point them at the files for the offline render.
        html = html.Replace("href=\"/css/", $"href=\"file://{env.WebRootPath}/css/", StringComparison.Ordinal);
        var dir = Directory.CreateTempSubdirectory("zicht-pdf-");
        try
        {
            var source = Path.Combine(dir.FullName, "report.html");
            var target = Path.Combine(dir.FullName, "report.pdf");
            await File.WriteAllTextAsync(source, html, Encoding.UTF8);
            using var chromium = Process.Start(new ProcessStartInfo(options.Value.Chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--no-pdf-header-footer", $"--print-to-pdf={target}", $"file://{source}",
            ]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            await Task.WhenAll(chromium.StandardError.ReadToEndAsync(timeout.Token), chromium.StandardOutput.ReadToEndAsync(timeout.Token), chromium.WaitForExitAsync(timeout.Token));
            if (!File.Exists(target))
            {
                log.LogWarning("Chromium produced no PDF (exit {Code})", chromium.ExitCode);
                return page.Page();
            }
            return new FileContentResult(await File.ReadAllBytesAsync(target), "application/pdf") { FileDownloadName = fileName };
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static async Task<string> RenderHtmlAsync(PageModel page)
    {
        var response = page.HttpContext.Response;
        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await page.Page().ExecuteResultAsync(page.PageContext);
        }
        finally
        {
            response.Body = original;
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
