using Microsoft.EntityFrameworkCore;

namespace Zicht.Features.Sgog.Register;

/// <summary>The register of the officer's provider: every incident and where it stands, and the gaps an inspection would see.</summary>
public class IndexModel(RegisterServices services) : RegisterPage(services)
{
    public sealed record Row(Guid Id, string Reference, DateOnly RecordedOn, DateOnly? OccurredOn, IncidentStatus Status, bool Evaluated);

    public List<Row> Incidents { get; private set; } = [];
    public List<Gap> Gaps { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Only what the list shows: never the texts.
        var rows = await Db.Set<SgogIncident>().AsNoTracking().Where(i => i.OrganisationId == ProviderId)
            .OrderByDescending(i => i.RecordedOn).ThenByDescending(i => i.Reference)
            .Select(IncidentRules.Facts)
            .ToListAsync(ct);
        Incidents = rows.Select(i => new Row(i.Id, i.Reference, i.RecordedOn, i.OccurredOn, IncidentRules.StatusOf(i, i.Report), i.EvaluatedOn is not null)).ToList();
        Gaps = await SgogGaps.OfAsync(Db, ProviderId, ct);
        RecordRead("SgogRegister");
    }
}
