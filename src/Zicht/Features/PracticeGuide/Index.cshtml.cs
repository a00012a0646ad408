using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.PracticeGuide;

/// <summary>
/// The practice guide in force: per process step its minimal expectations, and whether a rule reads each from the
/// records. Each worker acknowledges it once a year (tekenen per jaar).
/// </summary>
[Authorize(Policy = Policies.PracticeGuide)]
public class IndexModel(GuideServices services) : GuidePageModel(services)
{
    public GuideVersion? Guide { get; private set; }
    public GuideAcknowledgement? Acknowledged { get; private set; }
    public List<(int Number, DateOnly On, string By, string? Note)> History { get; private set; } = [];
    public bool Acknowledges => Context.StaffId is not null && User.Allows(Policies.CaseWork);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAcknowledgeAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Guide is null || !Acknowledges)
        {
            return NotFound();
        }
        if (Acknowledged is null)
        {
            Db.Add(new GuideAcknowledgement { StaffId = Context.StaffId!.Value, Year = Today.Year, GuideVersionId = Guide.Id, AcknowledgedOn = Today });
            try
            {
                await Db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Acknowledged twice at once (two tabs): one is enough.
            }
        }
        return Redirect("/praktijkgids");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Guide = await GuideData.CurrentAsync(Db, ct);
        var me = Context.StaffId;
        Acknowledged = await Db.Set<GuideAcknowledgement>().AsNoTracking().Include(a => a.GuideVersion)
            .FirstOrDefaultAsync(a => a.StaffId == me && a.Year == Today.Year, ct);
        History = (await Db.Set<GuideVersion>().AsNoTracking().OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.PublishedOn, v.PublishedBy!.DisplayName, v.Note }).ToListAsync(ct))
            .Select(v => (v.Number, v.PublishedOn, v.DisplayName, v.Note)).ToList();
    }
}
