using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Audit;

/// <summary>Find a case's trail by reference, or browse the latest lines (metadata only).</summary>
[Authorize(Policy = Policies.AuditTrail)]
public class IndexModel(ZichtDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Reference { get; set; }

    public List<(Guid Id, string Reference)> Matches { get; private set; } = [];
    public List<AuditRow> Latest { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!string.IsNullOrWhiteSpace(Reference))
        {
            var term = Reference.Trim();
            var found = await db.Cases.IgnoreQueryFilters().Where(c => c.Reference.Contains(term))
                .OrderBy(c => c.Reference).Take(50).Select(c => new { c.Id, c.Reference }).ToListAsync();
            if (found.Count == 1)
            {
                return Redirect($"/audit/dossiers/{found[0].Id}");
            }
            Matches = found.Select(f => (f.Id, f.Reference)).ToList();
        }
        Latest = (await db.AuditTrail.AsNoTracking().OrderByDescending(a => a.Sequence).Take(50).ToListAsync())
            .Select(a => AuditRow.From(a, showValues: false)).ToList();
        return Page();
    }
}
