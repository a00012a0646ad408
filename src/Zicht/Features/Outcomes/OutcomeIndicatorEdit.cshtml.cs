using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;

namespace Zicht.Features.Outcomes;

/// <summary>Policy staff bind another figure to an indicator, reword it, or add one to a cell (indicators are data).</summary>
[Authorize(Policy = Policies.OutcomeTable)]
public class OutcomeIndicatorEditModel(ZichtDb db, OutcomeFigures figures, IStringLocalizer<SharedText> T) : PageModel
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Say what the indicator is."), StringLength(400)]
        public string Statement { get; set; } = "";
        public string? FigureCode { get; set; }

        [StringLength(600)]
        public string? NotMeasuredBecause { get; set; }
        public string Level { get; set; } = "";
        public string Term { get; set; } = "";
        public int Version { get; set; }
    }

    [BindProperty]
    public Input Form { get; set; } = new();

    public List<string> Codes { get; private set; } = [];
    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, string? level, string? term, CancellationToken ct)
    {
        if (id is { } existing)
        {
            var indicator = await db.Set<OutcomeIndicator>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == existing, ct);
            if (indicator is null)
            {
                return NotFound();
            }
            Form = new Input { Statement = indicator.Statement, FigureCode = indicator.FigureCode, NotMeasuredBecause = indicator.NotMeasuredBecause, Level = indicator.Level, Term = indicator.Term, Version = indicator.Version };
        }
        else if (OutcomeTable.Levels.Contains(level) && OutcomeTable.Terms.Contains(term))
        {
            IsNew = true;
            Form = new Input { Level = level!, Term = term! };
        }
        else
        {
            return NotFound();
        }
        Codes = await figures.CodesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Codes = await figures.CodesAsync(ct);
        IsNew = id is null;
        var code = string.IsNullOrWhiteSpace(Form.FigureCode) ? null : Form.FigureCode.Trim();
        if (code is not null && !Codes.Contains(code))
        {
            ModelState.AddModelError("Form.FigureCode", T["Choose a figure from the list."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (id is { } existing)
        {
            var indicator = await db.Set<OutcomeIndicator>().FirstOrDefaultAsync(i => i.Id == existing, ct);
            if (indicator is null)
            {
                return NotFound();
            }
            db.Entry(indicator).Property(i => i.Version).OriginalValue = Form.Version;
            indicator.Statement = Form.Statement.Trim();
            indicator.FigureCode = code;
            indicator.NotMeasuredBecause = code is null ? Form.NotMeasuredBecause?.Trim() : null;
        }
        else if (OutcomeTable.Levels.Contains(Form.Level) && OutcomeTable.Terms.Contains(Form.Term))
        {
            var last = await db.Set<OutcomeIndicator>().MaxAsync(i => (int?)i.Position, ct) ?? 0;
            db.Add(new OutcomeIndicator { Level = Form.Level, Term = Form.Term, Statement = Form.Statement.Trim(), FigureCode = code, Position = last + 1, NotMeasuredBecause = code is null ? Form.NotMeasuredBecause?.Trim() : null });
        }
        else
        {
            return NotFound();
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", T["Someone else changed this indicator in the meantime. Reload the page to see their change."]);
            return Page();
        }
        return Redirect("/uitkomsten");
    }
}
