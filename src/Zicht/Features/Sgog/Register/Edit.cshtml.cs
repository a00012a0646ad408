using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Zicht.Features.Sgog.Register;

/// <summary>
/// Everything about an incident in one form. Two officers editing at once: the second save is refused,
/// their text stays in the form and what the other saved is shown above it (nothing is lost, nothing overwritten).
/// </summary>
public class EditModel(RegisterServices services) : IncidentFormPage(services)
{
    public SgogIncident Incident { get; private set; } = null!;

    /// <summary>After a conflict: what the other officer saved meanwhile.</summary>
    public IncidentInput? Theirs { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await Services.Access.IncidentAsync(id, nameof(SgogIncident), ct) is not { } incident)
        {
            return NotFound();
        }
        if (incident.ErasedOn is not null)
        {
            return Redirect($"/sgog/incidenten/{id}");
        }
        Incident = incident;
        Input = IncidentInput.From(incident).WithBlankRows();
        await LoadChoicesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await Services.Access.IncidentAsync(id, nameof(SgogIncident), ct) is not { } incident)
        {
            return NotFound();
        }
        Incident = incident;
        if (incident.ErasedOn is not null)
        {
            return Redirect($"/sgog/incidenten/{id}");
        }
        await ValidateAsync(ct);
        if (incident.Decision == ReportableDecision.Reportable && !IncidentRules.MayBeReportable(Input.People.Where(p => p.Role is not null).Select(p => p.Role!.Value)))
        {
            ModelState.AddModelError("Input.People", T["This incident was decided reportable: keep the minor or the adult foster person involved, or change the decision first."]);
        }
        if (!ModelState.IsValid)
        {
            Input.WithBlankRows();
            return Page();
        }
        Input.ApplyTo(incident);
        Guard(incident, Input.Version);
        if (await TrySaveAsync(ct))
        {
            return Back(T["Incident {0} is saved.", incident.Reference], $"/sgog/incidenten/{id}");
        }
        var current = await Db.Set<SgogIncident>().AsNoTracking().Include(i => i.People).Include(i => i.Escalations).AsSplitQuery().FirstAsync(i => i.Id == id, ct);
        Theirs = IncidentInput.From(current);
        Input.Version = current.Version;
        ModelState.Remove("Input.Version");
        ModelState.AddModelError("", T["Another officer saved this incident while you were editing. Nothing of yours is lost: your text is still in the form, and what they saved is shown above it. Combine the two, then save again."]);
        Input.WithBlankRows();
        return Page();
    }
}
