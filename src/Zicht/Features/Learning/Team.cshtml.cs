using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Learning;

/// <summary>
/// A team lead's view of their own team: each colleague's participation (for example to lighten the caseload of
/// learning-case participants) and training, and the new colleagues without basic training yet. Only the teams
/// they lead; listed by name, never ranked.
/// </summary>
[Authorize(Policy = Policies.Learning)]
public class TeamModel(LearningServices services) : LearningPageModel(services)
{
    public sealed record Colleague(Guid StaffId, string Team, string Name, IReadOnlyList<(LearningKind Kind, int Count)> LastYear, IReadOnlyList<string> LearningCases, PersonTraining Training);

    public List<Colleague> Colleagues { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Viewer.LeadsATeam)
        {
            return NotFound();
        }
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Records when a colleague started (what the role requirements count from); only for one's own team.</summary>
    public async Task<IActionResult> OnPostStartAsync(Guid staffId, DateOnly? startedOn, CancellationToken ct)
    {
        var lead = Viewer.LeadTeamIds.ToList();
        if (!Viewer.LeadsATeam || !await Db.TeamMemberships.AnyAsync(m => m.StaffId == staffId && lead.Contains(m.TeamId), ct))
        {
            return NotFound();
        }
        if (startedOn is { } on && on <= Today.AddMonths(3))
        {
            var start = await Db.Set<StaffStart>().FirstOrDefaultAsync(s => s.StaffId == staffId, ct);
            if (start is null)
            {
                Db.Add(new StaffStart { StaffId = staffId, StartedOn = on });
            }
            else
            {
                start.StartedOn = on;
            }
            await Db.SaveChangesAsync(ct);
        }
        return Redirect("/leren/team");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var lead = Viewer.LeadTeamIds.ToList();
        var members = await Db.TeamMemberships.AsNoTracking().Where(m => lead.Contains(m.TeamId))
            .Select(m => new { m.StaffId, Team = m.Team!.Name }).ToListAsync(ct);
        var ids = members.Select(m => m.StaffId).Distinct().ToList();
        var since = Today.AddYears(-1);
        var attended = (await Db.Set<SessionAttendee>().AsNoTracking().Where(a => ids.Contains(a.StaffId) && a.Session!.HeldOn > since)
            .Select(a => new { a.StaffId, a.Session!.Structure!.Kind }).ToListAsync(ct)).ToLookup(a => a.StaffId, a => a.Kind);
        var learningCases = (await Db.Set<StructureMember>().AsNoTracking()
            .Where(m => ids.Contains(m.StaffId) && m.Structure!.Kind == LearningKind.LearningCase && (m.Structure.EndsOn == null || m.Structure.EndsOn >= Today))
            .Select(m => new { m.StaffId, m.Structure!.Name }).ToListAsync(ct)).ToLookup(m => m.StaffId, m => m.Name);
        var training = (await TrainingRules.ForAsync(Db, ids, ct)).ToDictionary(t => t.StaffId);
        Colleagues = members.Where(m => training.ContainsKey(m.StaffId))
            .Select(m => new Colleague(m.StaffId, m.Team, training[m.StaffId].Name,
                attended[m.StaffId].GroupBy(k => k).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToList(),
                learningCases[m.StaffId].ToList(), training[m.StaffId]))
            .OrderBy(c => c.Team).ThenBy(c => c.Name).ToList();
    }
}
