using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Quality;

/// <summary>
/// The exports of formats/quality.md in the web app, as CSV or XLSX: levels per organisation, per work
/// form and for the sector (the administration), and self-evaluation against inspection (the
/// administration and the inspectorate). Anyone else, or an unknown kind, gets 404.
/// </summary>
public class ExportModel(QualityServices services, Microsoft.Extensions.Options.IOptions<Zicht.Infrastructure.Web.ZichtOptions> options) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? kind, int year, string? domain, string? format, CancellationToken ct)
    {
        var allowed = kind switch
        {
            "organisation" or "work_form" or "sector" => User.Allows(Policies.QualityAdministration),
            "inspections" => User.Allows(Policies.QualityInspections),
            _ => false,
        };
        var d = QualityDomainCatalog.Find(domain);
        if (!allowed || !QualityInputs.IsYear(year) || (kind == "inspections" && d is null))
        {
            return NotFound();
        }
        var data = await SectorData.LoadAsync(services.Db, year, ct);
        var (header, rows) = kind switch
        {
            "organisation" => (QualityExport.ByOrganisationHeader, QualityExport.ByOrganisation(data, year)),
            "work_form" => (QualityExport.ByWorkFormHeader, QualityExport.ByWorkForm(data, year)),
            "sector" => (QualityExport.SectorHeader, SectorDisclosure.Sector(data, year, options.Value.MinimumGroupSize)),
            _ => (QualityExport.InspectionsHeader, SectorDisclosure.Inspections(data, year, d!.Code, options.Value.MinimumGroupSize)),
        };
        var name = kind == "inspections" ? $"inspections-{year}-{d!.Code}" : $"quality-{kind}-{year}";
        services.Db.RecordAudit(AuditActions.Download, "QualityExport", name, null);
        await services.Db.SaveChangesAsync(ct);
        return format == "xlsx"
            ? File(QualityCsv.Xlsx(kind!, header, rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : File(QualityCsv.Csv(header, rows), "text/csv; charset=utf-8", name + ".csv");
    }
}
