using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Audit;

/// <summary>
/// For one case: who viewed and who changed what, when; filtered by who, what and period, a page at a
/// time, in local time. Looking at the trail is itself recorded.
/// </summary>
[Authorize(Policy = Policies.AuditTrail)]
public class CaseTrailModel(ZichtDb db) : PageModel
{
    public const int PageSize = 50;

    public string Reference { get; private set; } = "";
    public List<AuditRow> Rows { get; private set; } = [];
    public bool ShowsValues { get; private set; }
    public int Total { get; private set; }
    public List<string> Actors { get; private set; } = [];
    public List<string> Actions { get; private set; } = [];
    public List<string> Records { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "wie")] public string? Who { get; set; }
    [BindProperty(SupportsGet = true, Name = "actie")] public string? Action { get; set; }
    [BindProperty(SupportsGet = true, Name = "gegeven")] public string? Record { get; set; }
    [BindProperty(SupportsGet = true, Name = "van")] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true, Name = "tot")] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true, Name = "pagina")] public int PageNumber { get; set; } = 1;

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        // The trail is read without the case scope: these roles never see case content, only its trail.
        var reference = await db.Cases.IgnoreQueryFilters().Where(c => c.Id == id).Select(c => c.Reference).FirstOrDefaultAsync();
        if (reference is null)
        {
            return NotFound();
        }
        Reference = reference;
        ShowsValues = User.Allows(Policies.AuditValues);
        var all = db.AuditTrail.AsNoTracking().Where(a => a.CaseId == id);
        Actors = await all.Select(a => a.ActorName).Distinct().OrderBy(a => a).ToListAsync();
        Actions = await all.Select(a => a.Action).Distinct().OrderBy(a => a).ToListAsync();
        Records = await all.Select(a => a.EntityType).Distinct().OrderBy(a => a).ToListAsync();
        var query = all;
        if (!string.IsNullOrEmpty(Who))
        {
            query = query.Where(a => a.ActorName == Who);
        }
        if (!string.IsNullOrEmpty(Action))
        {
            query = query.Where(a => a.Action == Action);
        }
        if (!string.IsNullOrEmpty(Record))
        {
            query = query.Where(a => a.EntityType == Record);
        }
        if (From is { } from)
        {
            var start = LocalTime.StartOfDayUtc(from);
            query = query.Where(a => a.At >= start);
        }
        if (To is { } to)
        {
            var end = LocalTime.StartOfDayUtc(to.AddDays(1));
            query = query.Where(a => a.At < end);
        }
        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Rows = (await query.OrderByDescending(a => a.Sequence).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync())
            .Select(a => AuditRow.From(a, ShowsValues)).ToList();
        db.RecordAudit(AuditActions.Read, "AuditTrail", id.ToString(), null);
        await db.SaveChangesAsync();
        return Page();
    }

    /// <summary>The link to another page of the same selection.</summary>
    public string PageLink(int page) => "?" + string.Join("&", new (string Key, string? Value)[]
    {
        ("wie", Who), ("actie", Action), ("gegeven", Record), ("van", From?.ToString("yyyy-MM-dd")), ("tot", To?.ToString("yyyy-MM-dd")), ("pagina", page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
    }.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
}
