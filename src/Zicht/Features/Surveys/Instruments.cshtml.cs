using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;

namespace Zicht.Features.Surveys;

/// <summary>
/// Instruments are data: an administrator downloads the current version as JSON, revises it (texts,
/// items, scales, routing), raises "version" and uploads it. The file is checked before anything is
/// stored; earlier versions stay, so old answers keep the wording they answered.
/// </summary>
[Authorize(Policy = Policies.Administration)]
public class InstrumentsModel(ZichtDb db, InstrumentStore store, IStringLocalizer<SharedText> t) : PageModel
{
    public const long MaxBytes = 1024 * 1024;

    public sealed record Row(string Key, int Version, int Versions, string Title, int Items, DateTime Since);

    public List<Row> Rows { get; private set; } = [];
    public List<string> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetDownloadAsync(string key, CancellationToken ct)
    {
        if (!await db.Set<InstrumentVersion>().AnyAsync(v => v.Key == key, ct) && !InstrumentJson.DefaultKeys.Contains(key))
        {
            return NotFound();
        }
        var (_, instrument) = await store.CurrentAsync(key, ct);
        return File(Encoding.UTF8.GetBytes(InstrumentJson.Write(instrument)), "application/json", $"{key}-v{instrument.Version}.json");
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            Problems.Add(t["Choose the instrument file (JSON)."]);
        }
        else if (file.Length > MaxBytes)
        {
            Problems.Add(t["The file is too large (at most {0} MB).", MaxBytes / (1024 * 1024)]);
        }
        else
        {
            try
            {
                using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
                var instrument = InstrumentJson.Parse(await reader.ReadToEndAsync(ct));
                await store.CurrentAsync(instrument.Key, ct);
                var row = await store.AddAsync(instrument, ct);
                TempData["Flash"] = t["Version {0} of '{1}' is in use from now on.", row.Version, row.Key].Value;
                return Redirect("/beheer/instrumenten");
            }
            catch (Exception e) when (e is InvalidOperationException or System.Text.Json.JsonException)
            {
                db.ChangeTracker.Clear();
                Problems.Add(t["Nothing was stored: {0}", e.Message]);
            }
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var stored = await db.Set<InstrumentVersion>().AsNoTracking().Select(v => v.Key).Distinct().ToListAsync(ct);
        foreach (var key in InstrumentJson.DefaultKeys.Union(stored).Order())
        {
            var (id, instrument) = await store.CurrentAsync(key, ct);
            var versions = await db.Set<InstrumentVersion>().AsNoTracking().Where(v => v.Key == key).ToListAsync(ct);
            Rows.Add(new Row(key, instrument.Version, versions.Count, instrument.Title.Current, instrument.AllItems.Count(),
                versions.Single(v => v.Id == id).CreatedAt));
        }
    }
}
