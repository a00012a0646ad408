using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Kernel;

/// <summary>
/// One definition of a team everywhere (issue 8): a team in its organisation, service and region. A name
/// used once is shown as it is; a name that two teams share gets "(Service / Region)", and the
/// organisation too when that is still not enough, so a reader can always tell them apart.
/// </summary>
public static class TeamLabels
{
    public static async Task<List<(Guid Id, string Label)>> OrderedAsync(ZichtDb db, IQueryable<Team> teams, CancellationToken ct)
    {
        var rows = await teams.AsNoTracking()
            .Select(t => new { t.Id, t.Name, Service = t.Service!.Code, Organisation = t.Service!.Organisation!.Name, Region = t.Region!.Name })
            .ToListAsync(ct);
        // Uniqueness is judged over all teams, not only the listed ones: a label must mean the same on every page.
        var names = rows.Select(r => r.Name).Distinct().ToList();
        var shared = await db.Teams.AsNoTracking().Where(t => names.Contains(t.Name))
            .Select(t => new { t.Name, Service = t.Service!.Code, Region = t.Region!.Name }).ToListAsync(ct);
        return [.. rows.Select(r =>
        {
            var same = shared.Where(s => s.Name == r.Name).ToList();
            var label = same.Count <= 1 ? r.Name
                : same.Count(s => s.Service == r.Service && s.Region == r.Region) <= 1 ? $"{r.Name} ({r.Service} / {r.Region})"
                : $"{r.Name} ({r.Organisation} / {r.Service} / {r.Region})";
            return (r.Id, label);
        }).OrderBy(x => x.label, StringComparer.CurrentCulture)];
    }
}
