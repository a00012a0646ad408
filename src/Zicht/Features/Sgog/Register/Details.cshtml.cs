using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Zicht.Features.Sgog.Register;

/// <summary>One incident: what was registered, the decision, the report's steps at the administration, attachments.</summary>
public class DetailsModel(RegisterServices services, Microsoft.Extensions.Options.IOptions<SgogOptions> options) : RegisterPage(services)
{
    public SgogIncident Incident { get; private set; } = null!;
    public IncidentStatus Status { get; private set; }
    public Dictionary<Guid, string> Names { get; private set; } = [];
    public List<(Guid Id, string Name, long Length)> Attachments { get; private set; } = [];
    public DateOnly? ClosedOn { get; private set; }
    public DateOnly? ErasedFrom { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await Services.Access.IncidentAsync(id, nameof(SgogIncident), ct) is not { } incident)
        {
            return NotFound();
        }
        Incident = incident;
        Status = IncidentRules.StatusOf(incident, incident.Report);
        ClosedOn = IncidentRules.ClosedOn(incident, incident.Report);
        ErasedFrom = ClosedOn?.AddYears(options.Value.RetentionYears);
        Names = await SgogPeople.NamesAsync(Db, incident.People, ct);
        Attachments = (await Db.Set<SgogFile>().AsNoTracking().Where(f => f.IncidentId == id).OrderBy(f => f.UploadedOn)
            .Select(f => new { f.Id, f.OriginalName, f.Length }).ToListAsync(ct)).Select(f => (f.Id, f.OriginalName, f.Length)).ToList();
        return Page();
    }
}
