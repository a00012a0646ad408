using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.CaseReports;
using Zicht.Infrastructure.Audit;

namespace Zicht.Features.Quality;

/// <summary>
/// The coordinator's quality report of one year: the three free sections written here, the other three
/// generated; as an A4 PDF and as the growth-level template (CSV/XLSX). Submitted once the self-evaluation
/// is submitted; after that it is read-only, and the administration's feedback shows here.
/// </summary>
[PrintableAsPdf]
public class ReportModel(QualityServices services) : QualityPageModel(services)
{
    [BindProperty] public string? Vision { get; set; }
    [BindProperty] public string? ThemeTitle { get; set; }
    [BindProperty] public string? QualityTheme { get; set; }
    [BindProperty] public string? OtherInformation { get; set; }
    [BindProperty] public int Version { get; set; }
    public ReportView View { get; private set; } = null!;
    public bool Editable => View.Report is null || View.Report.Status == ReportStatus.Draft;

    public async Task<IActionResult> OnGetAsync(int year, bool pdfFile, CancellationToken ct)
    {
        if (!await OpenAsync(year, ct))
        {
            return NotFound();
        }
        (Vision, ThemeTitle, QualityTheme, OtherInformation) = (View.Report?.Vision, View.Report?.ThemeTitle, View.Report?.QualityTheme, View.Report?.OtherInformation);
        Version = View.Report?.Version ?? 0;
        Db.RecordAudit(pdfFile ? AuditActions.Export : AuditActions.Read, nameof(QualityReport), $"{OrganisationId}/{year}", null);
        if (pdfFile)
        {
            PrintableAsPdfAttribute.Request(HttpContext, $"kwaliteitsverslag-{year}.pdf");
        }
        return Page();
    }

    public async Task<IActionResult> OnGetTemplateAsync(int year, string? format, CancellationToken ct)
    {
        if (!await OpenAsync(year, ct))
        {
            return NotFound();
        }
        Db.RecordAudit(AuditActions.Download, "GrowthLevelTemplate", $"{OrganisationId}/{year}", null);
        await Db.SaveChangesAsync(ct);
        var (header, rows, name) = (QualityCsv.SelfEvaluationColumns, View.TemplateRows(), $"groeiniveaus-{year}");
        return format == "xlsx"
            ? File(QualityCsv.Xlsx("groeiniveaus", header, rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx")
            : File(QualityCsv.Csv(header, rows), "text/csv; charset=utf-8", name + ".csv");
    }

    public async Task<IActionResult> OnPostAsync(int year, CancellationToken ct) => await ChangeAsync(year, submit: false, ct);

    public async Task<IActionResult> OnPostSubmitAsync(int year, CancellationToken ct) => await ChangeAsync(year, submit: true, ct);

    private async Task<IActionResult> ChangeAsync(int year, bool submit, CancellationToken ct)
    {
        if (!await OpenAsync(year, ct))
        {
            return NotFound();
        }
        if (!Editable)
        {
            ModelState.AddModelError("", T["This report is submitted and can no longer change."]);
            return Page();
        }
        if (submit && !View.Year.Submitted)
        {
            ModelState.AddModelError("", T["Submit the self-evaluation of {0} first: the report is built on it.", year]);
        }
        if (submit && string.IsNullOrWhiteSpace(Vision))
        {
            ModelState.AddModelError(nameof(Vision), T["Write the vision on quality before submitting."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var report = await Db.Set<QualityReport>().FirstOrDefaultAsync(r => r.OrganisationId == OrganisationId && r.Year == year, ct);
        if (report is null)
        {
            report = Db.Add(new QualityReport { OrganisationId = OrganisationId, Year = year }).Entity;
        }
        else
        {
            Db.Entry(report).Property(r => r.Version).OriginalValue = Version;
        }
        (report.Vision, report.ThemeTitle, report.QualityTheme, report.OtherInformation) = (Trim(Vision), Trim(ThemeTitle), Trim(QualityTheme), Trim(OtherInformation));
        if (submit)
        {
            (report.Status, report.SubmittedAt) = (ReportStatus.Submitted, Now);
        }
        if (!await SaveAsync(T["Someone else changed this report while you were editing. Your text is kept below; check and save again."], ct))
        {
            ModelState.Remove(nameof(Version));
            Version = await Db.Set<QualityReport>().Where(r => r.OrganisationId == OrganisationId && r.Year == year).Select(r => r.Version).FirstOrDefaultAsync(ct);
            return Page();
        }
        TempData["Flash"] = (submit ? T["The quality report of {0} is submitted to the administration.", year] : T["Saved."]).Value;
        return Redirect($"/kwaliteit/verslag/{year}");
    }

    private async Task<bool> OpenAsync(int year, CancellationToken ct)
    {
        if (!await OpenOwnAsync(ct) || !QualityInputs.IsYear(year))
        {
            return false;
        }
        View = await ReportView.LoadAsync(Services, OrganisationId, year, ct);
        return true;
    }
}
