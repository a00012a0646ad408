using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Zicht.Features.Sgog;

/// <summary>A stored file as a download: never shown inline, never sniffed by the browser, never cached.</summary>
public static class SgogDownload
{
    public static FileContentResult Of(PageModel page, SgogFile file)
    {
        page.Response.Headers.XContentTypeOptions = "nosniff";
        page.Response.Headers.CacheControl = "private, no-store";
        return new FileContentResult(file.Content, file.ContentType) { FileDownloadName = file.OriginalName };
    }
}
