using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.QuestionBank;

/// <summary>
/// The bank of example questions and good practices, by tool. Everyone who reads the practice guide reads
/// it; practice leads (regional staff) add and remove entries. Changes are audited by the interceptor.
/// </summary>
[Authorize(Policy = Policies.PracticeGuide)]
public class IndexModel(ZichtDb db) : PageModel
{
    public sealed class Input
    {
        public string Context { get; set; } = "";
        public string Kind { get; set; } = "";

        [Required(ErrorMessage = "Write the question or the practice."), StringLength(1000)]
        public string Text { get; set; } = "";

        [StringLength(200)]
        public string? Source { get; set; }
    }

    [BindProperty] public Input Form { get; set; } = new();
    public List<ExampleQuestion> Questions { get; private set; } = [];
    public bool MayEdit => User.Allows(Policies.PracticeGuideEditing);

    public async Task OnGetAsync(CancellationToken ct) =>
        Questions = await db.Set<ExampleQuestion>().AsNoTracking().OrderBy(q => q.Context).ThenBy(q => q.Position).ToListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!MayEdit)
        {
            return NotFound();
        }
        if (!QuestionCatalogue.Contexts.Contains(Form.Context) || !QuestionCatalogue.Kinds.Contains(Form.Kind))
        {
            ModelState.AddModelError("Form.Context", "Choose where it is shown and what kind it is.");
        }
        if (!ModelState.IsValid)
        {
            await OnGetAsync(ct);
            return Page();
        }
        var last = await db.Set<ExampleQuestion>().MaxAsync(q => (int?)q.Position, ct) ?? 0;
        db.Add(new ExampleQuestion { Context = Form.Context, Kind = Form.Kind, Text = Form.Text.Trim(), Source = Form.Source?.Trim(), Position = last + 1 });
        await db.SaveChangesAsync(ct);
        return Redirect("/voorbeeldvragen#ctx-" + Form.Context);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid questionId, CancellationToken ct)
    {
        if (!MayEdit)
        {
            return NotFound();
        }
        if (await db.Set<ExampleQuestion>().FirstOrDefaultAsync(q => q.Id == questionId, ct) is { } question)
        {
            db.Remove(question);
            await db.SaveChangesAsync(ct);
        }
        return Redirect("/voorbeeldvragen");
    }
}
