using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Quality;

/// <summary>The administration's list of submitted quality reports, to read (inhoudelijke lezing); drafts stay with the provider.</summary>
[Authorize(Policy = Policies.QualityAdministration)]
public class ReportsModel(QualityServices services) : PageModel
{
    public sealed record Row(Guid Id, string Organisation, int Year, ReportStatus Status, DateTime? SubmittedAt, DateTime? ReadAt);

    public List<Row> Reports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rows = await services.Db.Set<QualityReport>().AsNoTracking().Where(r => r.Status != ReportStatus.Draft)
            .Join(services.Db.Organisations, r => r.OrganisationId, o => o.Id, (r, o) => new Row(r.Id, o.Name, r.Year, r.Status, r.SubmittedAt, r.ReadAt)).ToListAsync(ct);
        // To read first, then by year and name: a worklist, never a ranking.
        Reports = rows.OrderBy(r => r.Status == ReportStatus.Read).ThenByDescending(r => r.Year).ThenBy(r => r.Organisation, StringComparer.CurrentCulture).ToList();
    }
}
