using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Casework;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Mapping;

/// <summary>Correcting one row of the harm matrix; a concurrent change is detected, never overwritten.</summary>
public class EditHarmModel(CaseworkServices services) : CaseworkPageModel(services)
{
    [BindProperty] public HarmInput Harm { get; set; } = new();
    [BindProperty] public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid harmId)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "Mapping"))
        {
            return NotFound();
        }
        var h = await Db.Set<HarmMatrixEntry>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == harmId && x.CaseId == id);
        if (h is null)
        {
            return NotFound();
        }
        Harm = new HarmInput { Harm = h.Harm, Severity = h.Severity, Frequency = h.Frequency, Impact = h.Impact, FirstIncident = h.FirstIncident, WorstIncident = h.WorstIncident, LastIncident = h.LastIncident };
        Version = h.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid harmId)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "Mapping"))
        {
            return NotFound();
        }
        var h = await Db.Set<HarmMatrixEntry>().FirstOrDefaultAsync(x => x.Id == harmId && x.CaseId == id);
        if (h is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        (h.Harm, h.Severity, h.Frequency, h.Impact) = (Harm.Harm!.Trim(), Harm.Severity, Harm.Frequency, Harm.Impact);
        (h.FirstIncident, h.WorstIncident, h.LastIncident) = (Harm.FirstIncident, Harm.WorstIncident, Harm.LastIncident);
        (var saved, Version) = await SaveEditAsync(h, Version, T["Someone else changed this row while you were editing. Your text is still in the form; save again to keep it."]);
        if (!saved)
        {
            return Page();
        }
        return Redirect($"/dossiers/{id}/mapping#harm-matrix");
    }
}
