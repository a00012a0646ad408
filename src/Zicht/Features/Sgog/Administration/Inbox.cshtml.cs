using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Sgog.Administration;

/// <summary>The administration's SGOG reports: every report a provider sent, and only those (a report row exists only once sent).</summary>
[Authorize(Policy = Policies.SgogReports)]
public class InboxModel(ZichtDb db) : PageModel
{
    public sealed record Row(Guid Id, string Provider, DateOnly SentOn, DateOnly? ReadOn, DateOnly? NoteReturnedOn, string? Reference, bool Erased);

    public List<Row> Reports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Reports = await db.Set<SgogReport>().AsNoTracking()
            .Join(db.Organisations, r => r.OrganisationId, o => o.Id, (r, o) => new { r, o.Name })
            .OrderBy(x => x.r.NoteReturnedOn != null).ThenByDescending(x => x.r.SentOn)
            .Select(x => new Row(x.r.Id, x.Name, x.r.SentOn, x.r.ReadOn, x.r.NoteReturnedOn, x.r.AdministrationReference, x.r.ErasedOn != null))
            .ToListAsync(ct);
        db.RecordAudit(AuditActions.Read, "SgogReportList", null, caseId: null);
    }
}
