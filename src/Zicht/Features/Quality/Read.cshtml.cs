using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.CaseReports;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Quality;

/// <summary>
/// The administration reads a submitted report (also as PDF) and gives its feedback, which marks it read.
/// A draft, or a report that does not exist, answers 404 alike.
/// </summary>
[Authorize(Policy = Policies.QualityAdministration)]
[PrintableAsPdf]
public class ReadModel(QualityServices services) : PageModel
{
    [BindProperty] public string? Feedback { get; set; }
    [BindProperty] public int Version { get; set; }
    public ReportView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, bool pdfFile, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } report)
        {
            return NotFound();
        }
        View = await ReportView.LoadAsync(services, report.OrganisationId, report.Year, ct);
        (Feedback, Version) = (report.Feedback, report.Version);
        services.Db.RecordAudit(pdfFile ? AuditActions.Export : AuditActions.Read, nameof(QualityReport), id.ToString(), null);
        if (pdfFile)
        {
            PrintableAsPdfAttribute.Request(HttpContext, $"kwaliteitsverslag-{report.Year}.pdf");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } report)
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(Feedback))
        {
            ModelState.AddModelError(nameof(Feedback), services.T["Write the feedback for the provider."]);
            View = await ReportView.LoadAsync(services, report.OrganisationId, report.Year, ct);
            return Page();
        }
        services.Db.Entry(report).Property(r => r.Version).OriginalValue = Version;
        (report.Feedback, report.Status, report.ReadAt, report.ReadBy) = (Feedback.Trim(), ReportStatus.Read, services.Clock.GetUtcNow().UtcDateTime, User.Identity?.Name);
        try
        {
            await services.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            services.Db.ChangeTracker.Clear();
            ModelState.AddModelError("", services.T["Someone else gave feedback on this report while you were writing. Your text is kept below; check and save again."]);
            View = await ReportView.LoadAsync(services, report.OrganisationId, report.Year, ct);
            ModelState.Remove(nameof(Version));
            Version = await services.Db.Set<QualityReport>().Where(r => r.Id == id).Select(r => r.Version).FirstAsync(ct);
            return Page();
        }
        TempData["Flash"] = services.T["The report is marked as read; the provider sees your feedback."].Value;
        return Redirect($"/kwaliteit/verslagen/{id}");
    }

    private Task<QualityReport?> FindAsync(Guid id, CancellationToken ct) =>
        services.Db.Set<QualityReport>().FirstOrDefaultAsync(r => r.Id == id && r.Status != ReportStatus.Draft, ct);
}
