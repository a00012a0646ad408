using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Trajectories;

namespace Zicht.Features.Dashboard;

/// <summary>
/// Names for group ids (organisation and region names, team names, service codes), and the groups
/// listed even without trajectories: every region, and every team the filter covers.
/// </summary>
internal sealed class GroupLabels
{
    private readonly Dictionary<Guid, string> _names = [];

    public List<string> AlwaysListed { get; } = [];

    public string Of(Guid id) => _names.TryGetValue(id, out var name) ? name : id.ToString();

    /// <summary>
    /// The service level groups by code, so every provider's CB-SOFS module is one group. Services are
    /// few, so the code is a CASE over their ids, evaluated in the database.
    /// </summary>
    public Expression<Func<Trajectory, string>> ServiceCodeOf()
    {
        var t = Expression.Parameter(typeof(Trajectory), "t");
        var serviceId = Expression.Property(t, nameof(Trajectory.ServiceId));
        Expression code = Expression.Constant("?");
        foreach (var (id, name) in _names)
        {
            code = Expression.Condition(Expression.Equal(serviceId, Expression.Constant(id)), Expression.Constant(name), code);
        }
        return Expression.Lambda<Func<Trajectory, string>>(code, t);
    }

    public static async Task<GroupLabels> LoadAsync(ZichtDb db, FigureLevel level, FigureFilter filter, CancellationToken ct)
    {
        var labels = new GroupLabels();
        switch (level)
        {
            case FigureLevel.Organisation:
                labels.Add(await db.Organisations.Select(o => new { o.Id, o.Name }).ToDictionaryAsync(o => o.Id, o => o.Name, ct));
                break;
            case FigureLevel.Service:
                labels.Add(await db.Services.Select(s => new { s.Id, s.Code }).ToDictionaryAsync(s => s.Id, s => s.Code, ct));
                break;
            case FigureLevel.Region:
                var regions = db.Regions.AsQueryable();
                if (filter.RegionIds is { } regionIds)
                {
                    regions = regions.Where(r => regionIds.Contains(r.Id));
                }
                labels.Add(await regions.ToDictionaryAsync(r => r.Id, r => r.Name, ct), alwaysListed: filter.TeamIds is null && filter.Worker is null);
                break;
            case FigureLevel.Team:
                await labels.AddTeamsAsync(db, filter, ct);
                break;
        }
        return labels;
    }

    private void Add(Dictionary<Guid, string> names, bool alwaysListed = false)
    {
        foreach (var (id, name) in names)
        {
            _names[id] = name;
        }
        if (alwaysListed)
        {
            AlwaysListed.AddRange(names.Values.Distinct());
        }
    }

    /// <summary>
    /// One definition of a team everywhere: a team in its organisation, service and region. Names are
    /// not unique, so a name used by more than one team gets what tells them apart: the region when
    /// that suffices (as before), else service and region, else organisation, service and region.
    /// Figures are grouped by team id and labelled with these labels, which are unique, so two teams
    /// with the same name are never merged into one row.
    /// </summary>
    private async Task AddTeamsAsync(ZichtDb db, FigureFilter filter, CancellationToken ct)
    {
        var teams = await db.Teams.Select(t => new
        {
            t.Id,
            t.Name,
            Region = t.Region!.Name,
            t.RegionId,
            Service = t.Service!.Code,
            Organisation = t.Service!.Organisation!.Code
        }).ToListAsync(ct);
        var names = new Dictionary<Guid, string>();
        foreach (var same in teams.GroupBy(t => t.Name))
        {
            Func<Guid, string>[] ways = same.Count() == 1 ? [_ => same.Key] :
            [
                id => $"{same.Key} ({same.First(t => t.Id == id).Region})",
                id => same.First(t => t.Id == id) is var t ? $"{same.Key} ({t.Service} / {t.Region})" : "",
                id => same.First(t => t.Id == id) is var t ? $"{same.Key} ({t.Organisation} / {t.Service} / {t.Region})" : "",
                id => $"{same.Key} ({id.ToString()[..8]})",
            ];
            var way = ways.First(w => same.Select(t => w(t.Id)).Distinct().Count() == same.Count());
            foreach (var t in same)
            {
                names[t.Id] = way(t.Id);
            }
        }
        Add(names);
        if (filter.Worker is not null)
        {
            return;
        }
        var covered = teams.Where(t =>
            (filter.TeamIds is null || filter.TeamIds.Contains(t.Id))
            && (filter.RegionIds is null || filter.RegionIds.Contains(t.RegionId))
            && (string.IsNullOrEmpty(filter.Service) || string.Equals(t.Service, filter.Service, StringComparison.OrdinalIgnoreCase)));
        AlwaysListed.AddRange(covered.Select(t => names[t.Id]).Distinct());
    }
}
