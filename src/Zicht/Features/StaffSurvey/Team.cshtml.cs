using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.StaffSurvey;

/// <summary>
/// A team lead's view of their own team in a closed wave: each item's distribution, only where the
/// team's figure survives the same protection as every other figure of the wave (<see cref="StaffDisclosure"/>).
/// </summary>
[Authorize(Policy = Policies.StaffSurveyTeamResults)]
public class TeamModel(ZichtDb db, StaffResults results, RequestContext context, IOptions<ZichtOptions> options) : PageModel
{
    public StaffResults.WaveData Data { get; private set; } = null!;
    public List<(Guid Id, string Name)> Teams { get; private set; } = [];
    public int Minimum => options.Value.MinimumGroupSize;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var data = await results.LoadAsync(id, ct);
        if (data is null || data.Wave.ClosedAt is null || context.StaffId is not { } me)
        {
            return NotFound();
        }
        var waveTeams = await db.Set<StaffWaveTeam>().Where(t => t.WaveId == id).Select(t => t.TeamId).ToListAsync(ct);
        Teams = await db.TeamMemberships.Where(m => m.StaffId == me && m.IsLead && waveTeams.Contains(m.TeamId))
            .Select(m => new ValueTuple<Guid, string>(m.TeamId, m.Team!.Name)).ToListAsync(ct);
        if (Teams.Count == 0)
        {
            return NotFound();
        }
        Data = data;
        db.RecordAudit(AuditActions.Read, "StaffSurveyTeamResults", id.ToString(), null, string.Join(", ", Teams.Select(t => t.Id)));
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
