using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Features.CaseAudits;
using Zicht.Features.CaseReports;
using Zicht.Features.Dashboard;
using Zicht.Features.Feedback;
using Zicht.Features.StaffSurvey;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.Outcomes;

/// <summary>
/// The half-yearly learning report of a team, a region or the organisation, on screen and as PDF:
/// breadth, time to event, feedback, the barometer, the objectives, and the team's own note. Nothing
/// is ranked. Team members see their own team unsuppressed; aggregate-only viewers see any group the
/// way the dashboards show it (per-year trends only for the organisation, where the dashboards have them).
/// </summary>
[Authorize(Policy = Policies.Dashboards)]
[PrintableAsPdf]
public class LearningReportModel(ZichtDb db, RequestContext context, DashboardData dashboard, SurvivalQueries survival,
    FeedbackReports feedback, StaffResults staff, AuditFigures audits, AuditTemplateStore templates, TimeProvider clock, IOptions<ZichtOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Scope { get; set; }
    [BindProperty(SupportsGet = true)] public Guid? Id { get; set; }
    [BindProperty(SupportsGet = true)] public string? Half { get; set; }
    [BindProperty] public string? NoteText { get; set; }
    [BindProperty] public int NoteVersion { get; set; }

    public LearningReportData Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(bool pdfFile, CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } report)
        {
            return NotFound();
        }
        Report = report;
        NoteText = report.Note?.Text;
        NoteVersion = report.Note?.Version ?? 0;
        db.RecordAudit(pdfFile ? AuditActions.Export : AuditActions.Read, "LearningReport", $"{report.Scope}/{report.GroupId}/{report.Half.Label}", null);
        await db.SaveChangesAsync(ct);
        if (pdfFile)
        {
            PrintableAsPdfAttribute.Request(HttpContext, $"leerrapport-{report.Half.Label}.pdf");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } report || !report.MayWriteNote)
        {
            return NotFound();
        }
        var note = await db.Set<LearningNote>().FirstOrDefaultAsync(n => n.Scope == report.Scope && n.GroupId == report.GroupId && n.HalfYear == report.Half.Label, ct);
        if (note is null)
        {
            note = db.Add(new LearningNote { Scope = report.Scope, GroupId = report.GroupId, HalfYear = report.Half.Label }).Entity;
        }
        else
        {
            db.Entry(note).Property(n => n.Version).OriginalValue = NoteVersion;
        }
        note.Text = (NoteText ?? "").Trim() is { Length: <= 4000 } text ? text : (NoteText ?? "")[..4000];
        note.UpdatedBy = context.ActorName;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            Report = report;
            ModelState.AddModelError(nameof(NoteText), "");
            return Page();
        }
        return Redirect($"/leerrapport?scope={report.Scope}&id={report.GroupId}&half={report.Half.Label}");
    }

    private async Task<LearningReportData?> LoadAsync(CancellationToken ct)
    {
        var viewer = await DashboardViewer.LoadAsync(User, context, db, options.Value.MinimumGroupSize, ct);
        var organisationId = await OutcomeTableModel.OrganisationOfAsync(db, context, ct);
        var half = HalfYear.Parse(Half) ?? HalfYear.Of(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        var scope = Scope is "team" or "region" or "organisation" ? Scope : viewer.TeamIds is { Count: > 0 } ? "team" : "organisation";
        var id = Id ?? (scope == "team" ? viewer.TeamIds?.FirstOrDefault() : scope == "organisation" ? organisationId : null);
        if (id is not { } groupId)
        {
            return null;
        }
        // Team members: only their own teams. Everyone else: any group, as aggregates.
        if (viewer.TeamIds is not null && (scope != "team" || !viewer.TeamIds.Contains(groupId)))
        {
            return null;
        }
        var builder = new LearningReportBuilder(db, dashboard, survival, feedback, staff, audits, templates, options.Value.MinimumGroupSize);
        var report = await builder.BuildAsync(scope, groupId, half, viewer, ct);
        return report is null ? null : report with
        {
            MayWriteNote = scope == "team" ? viewer.TeamIds is not null
                : User.IsInRole(Roles.Policy) || User.IsInRole(Roles.RegionalManager) || User.IsInRole(Roles.RegionalStaff),
        };
    }
}
