using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.Trajectories;

/// <summary>
/// The pseudonymised research export in the web app, for the data steward: the same file and the same
/// audit line as <c>zicht export research</c>. The file is written completely, and the audit line saved,
/// before the download starts; a failed export leaves neither a file nor a download.
/// </summary>
[Authorize(Policy = Policies.ResearchExport)]
public class ResearchModel(ResearchExport export, IConfiguration config, IOptions<ZichtOptions> options, IStringLocalizer<SharedText> t) : PageModel
{
    [BindProperty]
    public string? Reason { get; set; }

    public bool HasKey => HasLongEnoughKey(config["Zicht:PseudonymKey"]);
    public int Minimum => options.Value.MinimumGroupSize;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!HasKey)
        {
            return Page();
        }
        Reason = Reason?.Trim() ?? "";
        if (Reason.Length is < 10 or > 500)
        {
            ModelState.AddModelError(nameof(Reason), t["Say why the export is made (at least 10 characters); it goes into the audit trail."]);
            return Page();
        }
        var file = Path.Combine(Path.GetTempPath(), $"zicht-research-{Guid.NewGuid():N}.csv");
        try
        {
            await using (var writer = new StreamWriter(file))
            {
                await export.WriteAsync(writer, new Pseudonymiser(config["Zicht:PseudonymKey"]), Reason!, Minimum, ct);
            }
        }
        catch
        {
            System.IO.File.Delete(file);
            throw;
        }
        // Deleted when the download is closed: nothing of the export stays on the server.
        var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        return File(stream, "text/csv", $"zicht-research-{DateTime.UtcNow:yyyyMMdd}.csv");
    }

    private static bool HasLongEnoughKey(string? key) => key is { Length: >= Pseudonymiser.MinimumKeyLength };
}
