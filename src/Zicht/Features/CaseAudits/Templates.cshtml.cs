using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;

namespace Zicht.Features.CaseAudits;

/// <summary>
/// Audit questions are data: an administrator downloads the template in use as JSON, revises it
/// (principles, scaling questions, scale and anchors, prompts), raises "version" and uploads it. The file
/// is checked before anything is stored; audits already started keep the version they started with.
/// </summary>
[Authorize(Policy = Policies.Administration)]
public class TemplatesModel(ZichtDb db, AuditTemplateStore store, IStringLocalizer<SharedText> t) : PageModel
{
    public const long MaxBytes = 1024 * 1024;

    public sealed record Row(int Version, DateTime CreatedAt, int Audits);

    public List<Row> Rows { get; private set; } = [];
    public List<string> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct)
    {
        var (_, template) = await store.CurrentAsync(ct);
        return File(Encoding.UTF8.GetBytes(AuditTemplateJson.Write(template)), "application/json", $"{template.Key}-v{template.Version}.json");
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0 || file.Length > MaxBytes)
        {
            Problems.Add(t["Choose the template file (JSON, at most 1 MB)."]);
        }
        else
        {
            try
            {
                using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
                var template = AuditTemplateJson.Parse(await reader.ReadToEndAsync(ct));
                await store.CurrentAsync(ct);
                var row = await store.AddAsync(template, ct);
                TempData["Flash"] = t["Version {0} of the audit template is used for audits started from now on.", row.Version].Value;
                return Redirect("/beheer/audit-sjablonen");
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
        await store.CurrentAsync(ct);
        var used = await db.Set<CaseAudit>().IgnoreQueryFilters().GroupBy(a => a.TemplateVersionId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Rows = (await db.Set<AuditTemplateVersion>().AsNoTracking().OrderByDescending(v => v.Version).ToListAsync(ct))
            .Select(v => new Row(v.Version, v.CreatedAt, used.GetValueOrDefault(v.Id))).ToList();
    }
}
