using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Casework;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Mapping;

/// <summary>Rewording or moving one statement of the working mapping; saved versions keep the old wording.</summary>
public class EditStatementModel(CaseworkServices services) : CaseworkPageModel(services)
{
    [BindProperty] public AddStatementInput Statement { get; set; } = new();
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid statementId)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "Mapping"))
        {
            return NotFound();
        }
        var s = await Db.Set<MappingStatement>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == statementId && x.CaseId == id);
        if (s is null)
        {
            return NotFound();
        }
        Statement = new AddStatementInput { Section = s.Section, Text = s.Text, SaidBy = s.SaidBy, SaidByName = s.SaidByName };
        Version = s.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid statementId)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "Mapping"))
        {
            return NotFound();
        }
        var s = await Db.Set<MappingStatement>().FirstOrDefaultAsync(x => x.Id == statementId && x.CaseId == id);
        if (s is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        s.Section = Statement.Section;
        s.Text = Statement.Text!.Trim();
        s.SaidBy = Statement.SaidBy;
        s.SaidByName = Statement.SaidByName?.Trim();
        (var saved, Version) = await SaveEditAsync(s, Version, T["Someone else changed this statement while you were editing. Your wording is still in the form; save again to keep it."]);
        if (!saved)
        {
            return Page();
        }
        return Redirect($"/dossiers/{id}/mapping?rubriek={Statement.Section}");
    }
}
