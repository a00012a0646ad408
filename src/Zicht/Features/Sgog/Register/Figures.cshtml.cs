using Microsoft.AspNetCore.Mvc;
using Zicht.Infrastructure.Audit;

namespace Zicht.Features.Sgog.Register;

/// <summary>The provider's own figures per year, and their CSV; unsuppressed, since its officers may open every incident behind them.</summary>
public class FiguresModel(RegisterServices services) : RegisterPage(services)
{
    public List<SgogFigure> Figures { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Figures = await SgogFigures.ForProviderAsync(Db, ProviderId, ct);
        RecordRead("SgogFigures");
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        Figures = await SgogFigures.ForProviderAsync(Db, ProviderId, ct);
        Db.RecordAudit(AuditActions.Export, "SgogFigures", ProviderId.ToString(), caseId: null);
        await Db.SaveChangesAsync(ct);
        return File(SgogFigures.Csv(Figures, ""), "text/csv; charset=utf-8", "sgog-cijfers.csv");
    }
}
