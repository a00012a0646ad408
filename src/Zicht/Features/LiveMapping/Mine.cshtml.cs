using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.LiveMapping;

/// <summary>
/// The live meetings on the cases one may open (the case filter decides), open ones first: where a worker
/// finds the board again after switching screens. Case references only; opening a board is audited there.
/// </summary>
[Authorize(Policy = Policies.CaseWork)]
public class MineModel(ZichtDb db) : PageModel
{
    public sealed record Row(Guid CaseId, string Reference, Guid MeetingId, MeetingKind Kind, DateTime OpenedAt, bool Open);

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync() =>
        Rows = await db.Set<LiveMeeting>().AsNoTracking()
            .OrderBy(m => m.ClosedAt != null).ThenByDescending(m => m.OpenedAt).Take(50)
            .Select(m => new Row(m.CaseId, m.Case!.Reference, m.Id, m.Kind, m.OpenedAt, m.ClosedAt == null)).ToListAsync();
}
