using Microsoft.AspNetCore.Mvc;
using Zicht.Features.Casework;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.CaseReports;

/// <summary>The safety plan in plain language for the family; only what the child agreed to share.</summary>
[PrintableAsPdf]
public class FamilyPlanModel(CaseworkServices services) : CaseworkPageModel(services)
{
    public CaseReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, bool pdfFile = false)
    {
        if (!await OpenAsync(id, CaseOperation.Read, "FamilySafetyPlan"))
        {
            return NotFound();
        }
        Report = (await CaseReport.BuildAsync(Db, Case)).ForParents();
        Db.RecordAudit(AuditActions.Export, "FamilySafetyPlan", id.ToString(), id);
        await Db.SaveChangesAsync();
        if (pdfFile)
        {
            PrintableAsPdfAttribute.Request(HttpContext, $"veiligheidsplan-{Case.Reference}.pdf", Report.Drawings, T["Safety plan for the family"]);
        }
        return Page();
    }
}
