using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Casework;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.ProcessTeams;

/// <summary>Process teams held on one case, and when the next one is due.</summary>
public class CaseModel(CaseworkServices services) : CaseworkPageModel(services)
{
    [BindProperty, Required(ErrorMessage = "Give the date.")] public DateOnly? HeldOn { get; set; }
    [BindProperty, StringLength(2000, ErrorMessage = "At most {1} characters.")] public string? Note { get; set; }
    public List<ProcessTeamMeeting> Held { get; private set; } = [];
    public DateOnly NextDue { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Read, "ProcessTeamMeeting"))
        {
            return NotFound();
        }
        HeldOn = Today;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "ProcessTeamMeeting"))
        {
            return NotFound();
        }
        CheckDate(nameof(HeldOn), HeldOn);
        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }
        Db.Add(new ProcessTeamMeeting { CaseId = id, HeldOn = HeldOn!.Value, Note = Note });
        if (!await SaveAsync(T["Someone else changed this case. Try again."]))
        {
            await LoadAsync();
            return Page();
        }
        return Redirect($"/dossiers/{id}/procesteams");
    }

    private async Task LoadAsync()
    {
        Held = await Db.Set<ProcessTeamMeeting>().AsNoTracking().Where(m => m.CaseId == Case.Id).OrderBy(m => m.HeldOn).ToListAsync();
        NextDue = ProcessTeamCadence.NextDue(Case.ReferralDate, Held.Select(h => h.HeldOn).ToList());
    }
}
