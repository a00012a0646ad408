using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Outcomes;

/// <summary>The division's growth themes: names are configuration ("groeithema's", without forcing "groeiplan": 001:5928–5934).</summary>
[Authorize(Policy = Policies.ImplementationPlanEdit)]
public class ThemesModel(ZichtDb db) : PageModel
{
    public sealed class Input
    {
        public Guid? Id { get; set; }
        [Required(ErrorMessage = "Give the theme a name."), StringLength(200)]
        public string Name { get; set; } = "";
        [StringLength(1000)]
        public string? Description { get; set; }
    }

    [BindProperty]
    public Input Form { get; set; } = new();

    public List<GrowthTheme> Themes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Themes = await db.Set<GrowthTheme>().AsNoTracking().OrderBy(t => t.Position).ThenBy(t => t.Name).ToListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await OnGetAsync(ct);
            return Page();
        }
        var theme = Form.Id is { } id ? await db.Set<GrowthTheme>().FirstOrDefaultAsync(t => t.Id == id, ct) : null;
        if (Form.Id is not null && theme is null)
        {
            return NotFound();
        }
        theme ??= db.Add(new GrowthTheme { Name = "", Position = (await db.Set<GrowthTheme>().MaxAsync(t => (int?)t.Position, ct) ?? 0) + 1 }).Entity;
        theme.Name = Form.Name.Trim();
        theme.Description = string.IsNullOrWhiteSpace(Form.Description) ? null : Form.Description.Trim();
        await db.SaveChangesAsync(ct);
        return Redirect("/implementatieplan/themas");
    }
}
