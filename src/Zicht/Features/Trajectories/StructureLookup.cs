using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Org = Zicht.Kernel;

namespace Zicht.Features.Trajectories;

/// <summary>
/// Matches the organisation, service, region and team names of a trajectory file to the organisation
/// structure (case-insensitively; an organisation by code or name, a service by code or name within
/// its organisation, a team by name within its service and region). With <c>createMissing</c>, unknown
/// names are created (and audited by SaveChanges) instead of reported.
/// </summary>
public sealed class StructureLookup
{
    private static readonly StringComparer Names = StringComparer.OrdinalIgnoreCase;
    private readonly ZichtDb _db;
    private readonly bool _createMissing;
    private readonly Dictionary<string, Guid> _organisations = new(Names);
    private readonly Dictionary<(Guid, string), Guid> _services = new(new PairComparer());
    private readonly Dictionary<string, Guid> _regions = new(Names);
    private readonly Dictionary<(Guid, Guid, string), Guid> _teams = new(new TripleComparer());

    private StructureLookup(ZichtDb db, bool createMissing) => (_db, _createMissing) = (db, createMissing);

    public static async Task<StructureLookup> LoadAsync(ZichtDb db, bool createMissing, CancellationToken ct)
    {
        var lookup = new StructureLookup(db, createMissing);
        foreach (var o in await db.Organisations.AsNoTracking().ToListAsync(ct))
        {
            lookup._organisations.TryAdd(o.Code, o.Id);
            lookup._organisations.TryAdd(o.Name, o.Id);
        }
        foreach (var s in await db.Services.AsNoTracking().ToListAsync(ct))
        {
            lookup._services.TryAdd((s.OrganisationId, s.Code), s.Id);
            lookup._services.TryAdd((s.OrganisationId, s.Name), s.Id);
        }
        foreach (var r in await db.Regions.AsNoTracking().ToListAsync(ct))
        {
            lookup._regions.TryAdd(r.Name, r.Id);
        }
        foreach (var t in await db.Teams.AsNoTracking().ToListAsync(ct))
        {
            lookup._teams.TryAdd((t.ServiceId, t.RegionId, t.Name), t.Id);
        }
        return lookup;
    }

    /// <summary>Fills the row's ids; adds a problem per unknown name (unless creating them).</summary>
    public async Task<bool> ResolveAsync(TrajectoryRecord r, List<ImportProblem> problems, CancellationToken ct)
    {
        var t = r.Values;
        var before = problems.Count;
        var organisation = await FindOrCreateAsync(_organisations, r.Organisation, r, "organisation", problems,
            () => new Org.Organisation { Name = r.Organisation, Code = CodeOf(r.Organisation), Kind = Org.OrganisationKind.Provider }, o => o.Id, ct);
        var region = await FindOrCreateAsync(_regions, r.Region, r, "region", problems, () => new Org.Region { Name = r.Region }, x => x.Id, ct);
        if (organisation is { } orgId)
        {
            t.OrganisationId = orgId;
            var service = await FindOrCreateAsync(_services, (orgId, r.Service), r, "service", problems,
                () => new Org.Service { OrganisationId = orgId, Code = r.Service, Name = r.Service }, s => s.Id, ct);
            if (service is { } serviceId && region is { } regionId)
            {
                (t.ServiceId, t.RegionId) = (serviceId, regionId);
                var team = await FindOrCreateAsync(_teams, (serviceId, regionId, r.Team), r, "team", problems,
                    () => new Org.Team { Name = r.Team, ServiceId = serviceId, RegionId = regionId }, x => x.Id, ct);
                t.TeamId = team ?? Guid.Empty;
            }
        }
        return problems.Count == before;
    }

    private async Task<Guid?> FindOrCreateAsync<TKey, TEntity>(Dictionary<TKey, Guid> known, TKey key, TrajectoryRecord r, string column,
        List<ImportProblem> problems, Func<TEntity> create, Func<TEntity, Guid> idOf, CancellationToken ct)
        where TKey : notnull where TEntity : class
    {
        if (known.TryGetValue(key, out var id))
        {
            return id;
        }
        var value = column switch { "organisation" => r.Organisation, "service" => r.Service, "region" => r.Region, _ => r.Team };
        if (!_createMissing)
        {
            problems.Add(new ImportProblem(r.Line, column, value, $"unknown {column} (use --create-missing to create it)"));
            return null;
        }
        var entity = create();
        _db.Add(entity);
        await _db.SaveChangesAsync(ct);
        _db.Entry(entity).State = EntityState.Detached;
        known[key] = idOf(entity);
        return idOf(entity);
    }

    private static string CodeOf(string name) => name.Length <= 40 ? name : name[..40];

    private sealed class PairComparer : IEqualityComparer<(Guid, string)>
    {
        public bool Equals((Guid, string) x, (Guid, string) y) => x.Item1 == y.Item1 && Names.Equals(x.Item2, y.Item2);
        public int GetHashCode((Guid, string) obj) => HashCode.Combine(obj.Item1, Names.GetHashCode(obj.Item2));
    }

    private sealed class TripleComparer : IEqualityComparer<(Guid, Guid, string)>
    {
        public bool Equals((Guid, Guid, string) x, (Guid, Guid, string) y) =>
            x.Item1 == y.Item1 && x.Item2 == y.Item2 && Names.Equals(x.Item3, y.Item3);
        public int GetHashCode((Guid, Guid, string) obj) => HashCode.Combine(obj.Item1, obj.Item2, Names.GetHashCode(obj.Item3));
    }
}
