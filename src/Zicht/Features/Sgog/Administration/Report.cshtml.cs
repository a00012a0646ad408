using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;

namespace Zicht.Features.Sgog.Administration;

/// <summary>
/// One report as the administration received it: record the reading and whether the inspectorate is involved,
/// then return the summary note (004:802–826). Two colleagues at once: the second save is refused, nothing is lost.
/// </summary>
[Authorize(Policy = Policies.SgogReports)]
public class ReportModel(ZichtDb db, RequestContext context, IStringLocalizer<SharedText> t, TimeProvider clock) : PageModel
{
    public SgogReport Report { get; private set; } = null!;
    public string Provider { get; private set; } = "";
    public Dictionary<string, string?> Texts { get; private set; } = [];
    public ReadingInput Reading { get; set; } = new();
    public NoteInput Note { get; set; } = new();
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await OpenAsync(id, ct))
        {
            return NotFound();
        }
        Reading = new ReadingInput { ReadOn = Report.ReadOn ?? Today, Reference = Report.AdministrationReference, InspectorateInvolved = Report.InspectorateInvolved, Version = Report.Version };
        Note = new NoteInput { Note = Report.SummaryNote, ReturnedOn = Report.NoteReturnedOn ?? Today, Version = Report.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostReadingAsync(Guid id, [Bind(Prefix = nameof(Reading))] ReadingInput reading, CancellationToken ct)
    {
        if (!await OpenAsync(id, ct))
        {
            return NotFound();
        }
        (Reading, Note) = (reading, new NoteInput { ReturnedOn = Today, Version = Report.Version });
        CheckDate("Reading.ReadOn", reading.ReadOn, Report.SentOn, "The reading cannot be before the report was sent.");
        if (Report.NoteReturnedOn is not null)
        {
            ModelState.AddModelError("", t["The summary note is returned: the reading can no longer change."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        (Report.ReadOn, Report.AdministrationReference, Report.InspectorateInvolved, Report.ReadById) =
            (reading.ReadOn, string.IsNullOrWhiteSpace(reading.Reference) ? null : reading.Reference.Trim(), reading.InspectorateInvolved, context.StaffId);
        return await SaveAsync(id, reading.Version, t["Your reading is recorded. The provider sees it."], ct);
    }

    public async Task<IActionResult> OnPostNoteAsync(Guid id, [Bind(Prefix = nameof(Note))] NoteInput note, CancellationToken ct)
    {
        if (!await OpenAsync(id, ct))
        {
            return NotFound();
        }
        (Note, Reading) = (note, new ReadingInput { ReadOn = Report.ReadOn ?? Today, Reference = Report.AdministrationReference, InspectorateInvolved = Report.InspectorateInvolved, Version = Report.Version });
        if (Report.ReadOn is null)
        {
            ModelState.AddModelError("", t["Record your reading first."]);
        }
        CheckDate("Note.ReturnedOn", note.ReturnedOn, Report.ReadOn ?? Report.SentOn, "The note cannot be returned before the report was read.");
        if (!ModelState.IsValid)
        {
            return Page();
        }
        (Report.SummaryNote, Report.NoteReturnedOn, Report.NoteById) = (note.Note!.Trim(), note.ReturnedOn, context.StaffId);
        return await SaveAsync(id, note.Version, t["The summary note is returned to the provider."], ct);
    }

    private void CheckDate(string field, DateOnly? date, DateOnly notBefore, string beforeMessage)
    {
        if (date > Today)
        {
            ModelState.AddModelError(field, t["The date cannot be in the future."]);
        }
        else if (date < notBefore)
        {
            ModelState.AddModelError(field, t[beforeMessage]);
        }
    }

    private async Task<IActionResult> SaveAsync(Guid id, int version, string done, CancellationToken ct)
    {
        db.Entry(Report).Property(r => r.Version).OriginalValue = version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            await OpenAsync(id, ct);
            (Reading.Version, Note.Version) = (Report.Version, Report.Version);
            ModelState.Clear();
            ModelState.AddModelError("", t["A colleague saved this report while you were writing. Your text is still in the form; what they saved is shown above it. Check, then save again."]);
            return Page();
        }
        TempData["Flash"] = done;
        return Redirect($"/administratie/sgog/{id}");
    }

    private async Task<bool> OpenAsync(Guid id, CancellationToken ct)
    {
        var found = await db.Set<SgogReport>().Include(r => r.Sections).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (found is null)
        {
            return false;
        }
        Report = found;
        Provider = await db.Organisations.Where(o => o.Id == found.OrganisationId).Select(o => o.Name).FirstAsync(ct);
        Texts = ReportContent.Read(found.Sections);
        db.RecordAudit(AuditActions.Read, nameof(SgogReport), id.ToString(), caseId: null);
        return true;
    }
}
