using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Zicht.Features.Sgog.Register;

/// <summary>The retention setting, the incidents whose retention has run out, and erasing them (decision 044).</summary>
public class RetentionModel(RegisterServices services, IOptions<SgogOptions> options) : RegisterPage(services)
{
    public sealed record Row(Guid Id, string Reference, DateOnly ClosedOn, DateOnly DueOn);

    public int RetentionYears => options.Value.RetentionYears;
    public List<Row> Due { get; private set; } = [];
    public List<Row> Closed { get; private set; } = [];
    public int Erased { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var incidents = await Db.Set<SgogIncident>().AsNoTracking().Where(i => i.OrganisationId == ProviderId)
            .Select(IncidentRules.Facts).ToListAsync(ct);
        Erased = incidents.Count(i => i.ErasedOn is not null);
        var closed = incidents.Where(i => i.ErasedOn is null).Select(i => (i, On: IncidentRules.ClosedOn(i, i.Report)))
            .Where(x => x.On is not null).Select(x => new Row(x.i.Id, x.i.Reference, x.On!.Value, x.On.Value.AddYears(RetentionYears)))
            .OrderBy(r => r.DueOn).ToList();
        Due = closed.Where(r => r.DueOn <= Today).ToList();
        Closed = closed.Where(r => r.DueOn > Today).ToList();
        RecordRead("SgogRetention");
    }

    public async Task<IActionResult> OnPostEraseDueAsync(CancellationToken ct)
    {
        var count = await SgogErasure.EraseDueAsync(Db, ProviderId, Today, RetentionYears, StaffId, ct);
        return Back(T["The personal content of {0} incident(s) is erased. The figures and the audit trail stay.", count], "/sgog/bewaring");
    }
}
