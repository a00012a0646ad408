using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.Sgog.Administration;

/// <summary>SGOG figures per provider and year for the administration: the minimum group size and complementary suppression, on the page and in the CSV alike.</summary>
[Authorize(Policy = Policies.SgogReports)]
public class FiguresModel(ZichtDb db, IOptions<ZichtOptions> options, IStringLocalizer<SharedText> t) : PageModel
{
    public List<SgogFigure> Figures { get; private set; } = [];
    public int MinimumGroupSize => options.Value.MinimumGroupSize;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Figures = await SgogFigures.AcrossProvidersAsync(db, MinimumGroupSize, ct);
        db.RecordAudit(AuditActions.Read, "SgogFigures", null, caseId: null);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        Figures = await SgogFigures.AcrossProvidersAsync(db, MinimumGroupSize, ct);
        db.RecordAudit(AuditActions.Export, "SgogFigures", null, caseId: null);
        await db.SaveChangesAsync(ct);
        return File(SgogFigures.Csv(Figures, t["All providers"]), "text/csv; charset=utf-8", "sgog-cijfers-voorzieningen.csv");
    }
}
