using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Zicht.Features.Sgog.Register;

/// <summary>
/// Erase one incident's personal content before its retention runs out: registered in error, or an erasure
/// request that was granted. What the figures need stays; the erasure is in the audit trail with its ground.
/// </summary>
public class EraseModel(RegisterServices services) : RegisterPage(services)
{
    public SgogIncident Incident { get; private set; } = null!;
    [BindProperty] public ErasureGround? Ground { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await Services.Access.IncidentAsync(id, "SgogErasure", ct) is not { } incident)
        {
            return NotFound();
        }
        Incident = incident;
        return incident.ErasedOn is null ? Page() : Redirect($"/sgog/incidenten/{id}");
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        var incident = await SgogErasure.WithContent(Db).FirstOrDefaultAsync(i => i.Id == id && i.OrganisationId == ProviderId, ct);
        if (incident is null)
        {
            return NotFound();
        }
        Incident = incident;
        if (incident.ErasedOn is not null)
        {
            return Redirect($"/sgog/incidenten/{id}");
        }
        if (Ground is not (ErasureGround.RegisteredInError or ErasureGround.ErasureRequest))
        {
            ModelState.AddModelError(nameof(Ground), T["Choose why the content is erased now."]);
            return Page();
        }
        await SgogErasure.EraseAsync(Db, incident, Ground.Value, Today, StaffId, ct);
        await Db.SaveChangesAsync(ct);
        return Back(T["The personal content of incident {0} is erased. The figures and the audit trail stay.", incident.Reference], $"/sgog/incidenten/{id}");
    }
}
