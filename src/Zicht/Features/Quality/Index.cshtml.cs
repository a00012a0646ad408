using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Quality;

/// <summary>
/// The quality start page. The coordinator sees their own provider's years (self-evaluation and report
/// status) and the way to departments, actions and occupancy; the administration and the inspectorate
/// see their own entries. Everyone else gets 404.
/// </summary>
public class IndexModel(QualityServices services) : QualityPageModel(services)
{
    public sealed record YearRow(int Year, SelfEvaluationStatus? Evaluation, ReportStatus? Report);

    public bool Coordinator { get; private set; }
    public bool Administration => User.Allows(Policies.QualityAdministration);
    public bool Inspections => User.Allows(Policies.QualityInspections);
    public List<YearRow> Years { get; private set; } = [];
    public int Departments { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Coordinator = await OpenOwnAsync(ct);
        if (!Coordinator && !Administration && !Inspections)
        {
            return NotFound();
        }
        if (Coordinator)
        {
            var evaluations = await Db.Set<SelfEvaluation>().Where(e => e.OrganisationId == OrganisationId).ToDictionaryAsync(e => e.Year, e => e.Status, ct);
            var reports = await Db.Set<QualityReport>().Where(r => r.OrganisationId == OrganisationId).ToDictionaryAsync(r => r.Year, r => r.Status, ct);
            Years = evaluations.Keys.Union(reports.Keys).Append(ThisYear).Distinct().OrderDescending()
                .Select(y => new YearRow(y, evaluations.TryGetValue(y, out var e) ? e : null, reports.TryGetValue(y, out var r) ? r : null)).ToList();
            Departments = await Db.Set<QualityDepartment>().CountAsync(d => d.OrganisationId == OrganisationId, ct);
        }
        return Page();
    }
}
