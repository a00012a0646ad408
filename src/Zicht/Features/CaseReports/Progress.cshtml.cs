using Microsoft.AspNetCore.Mvc;
using Zicht.Data;
using Zicht.Features.Casework;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.CaseReports;

/// <summary>The progress report for the youth judge (evolutieverslag), generated from the current mapping, scales and plan.</summary>
[PrintableAsPdf]
public class ProgressModel(CaseworkServices services) : CaseworkPageModel(services)
{
    public CaseReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, bool pdfFile = false)
    {
        if (!await OpenAsync(id, CaseOperation.Read, "ProgressReport"))
        {
            return NotFound();
        }
        Report = (await CaseReport.BuildAsync(Db, Case)).ForParents();
        Db.RecordAudit(AuditActions.Export, "ProgressReport", id.ToString(), id);
        await Db.SaveChangesAsync();
        if (pdfFile)
        {
            PrintableAsPdfAttribute.Request(HttpContext, $"evolutieverslag-{Case.Reference}.pdf", subject: T["Progress report for the youth judge"]);
        }
        return Page();
    }
}
