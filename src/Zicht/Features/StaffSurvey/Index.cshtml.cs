using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.StaffSurvey;

/// <summary>Staff see the waves open for their teams; administrators open and close waves.</summary>
public class IndexModel(ZichtDb db, StaffWaves waves, StaffBallotBox ballots, RequestContext context) : PageModel
{
    public sealed record WaveRow(StaffWave Wave, bool Answered);

    public List<WaveRow> Open { get; private set; } = [];
    public List<StaffWave> All { get; private set; } = [];
    public List<(Guid Id, string Name)> Teams { get; private set; } = [];
    public bool IsAdmin => User.Allows(Policies.Administration);
    public bool SeesResults => User.Allows(Policies.StaffSurveyResults);
    public List<StaffWave> TeamWaves { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (context.StaffId is { } me)
        {
            foreach (var wave in await waves.OpenForAsync(me, ct))
            {
                var full = await db.Set<StaffWave>().AsNoTracking().FirstAsync(w => w.Id == wave.Id, ct);
                Open.Add(new WaveRow(wave, await ballots.HasAnsweredAsync(full, me, ct)));
            }
        }
        if (context.StaffId is { } lead && User.Allows(Policies.StaffSurveyTeamResults))
        {
            var led = db.TeamMemberships.Where(m => m.StaffId == lead && m.IsLead).Select(m => m.TeamId);
            TeamWaves = await db.Set<StaffWave>().AsNoTracking().Where(w => w.ClosedAt != null && w.Teams.Any(t => led.Contains(t.TeamId)))
                .OrderByDescending(w => w.OpenedAt).ToListAsync(ct);
        }
        if (IsAdmin || SeesResults)
        {
            All = await db.Set<StaffWave>().AsNoTracking().Include(w => w.Teams).OrderByDescending(w => w.OpenedAt).ToListAsync(ct);
            Teams = await Kernel.TeamLabels.OrderedAsync(db, db.Teams, ct);
        }
    }

    public async Task<IActionResult> OnPostOpenAsync(string title, List<Guid> teamIds, bool withoutTeam, CancellationToken ct)
    {
        if (!IsAdmin)
        {
            return Forbid();
        }
        if (string.IsNullOrWhiteSpace(title) || teamIds.Count == 0)
        {
            return RedirectToPage();
        }
        await waves.OpenAsync(title, teamIds, withoutTeam, ct);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid waveId, CancellationToken ct)
    {
        if (!IsAdmin)
        {
            return Forbid();
        }
        await waves.CloseAsync(waveId, ct);
        return RedirectToPage();
    }
}
