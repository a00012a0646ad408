using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Zicht.Features.Sgog.Register;

/// <summary>Register an incident: when, where, who by role, what happened; the rest can follow on the edit page.</summary>
public class NewModel(RegisterServices services) : IncidentFormPage(services)
{
    public async Task OnGetAsync(CancellationToken ct)
    {
        Input = new IncidentInput { RecordedOn = Today }.WithBlankRows();
        await LoadChoicesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await ValidateAsync(ct))
        {
            Input.WithBlankRows();
            return Page();
        }
        var incident = new SgogIncident { OrganisationId = ProviderId, RecordedById = StaffId, Reference = "" };
        Input.ApplyTo(incident);
        Db.Add(incident);
        // Two officers registering at once may take the same number: the unique index refuses one, which takes the next.
        for (var attempt = 1; ; attempt++)
        {
            incident.Reference = await NextReferenceAsync(incident.RecordedOn.Year, ct);
            try
            {
                await Db.SaveChangesAsync(ct);
                break;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
            }
        }
        return Back(T["Incident {0} is registered. Decide whether it is reportable when you know enough.", incident.Reference], $"/sgog/incidenten/{incident.Id}");
    }
}
