using Zicht.Data;
using Zicht.Kernel;

namespace Zicht.Features.Bench;

/// <summary>
/// An organisation of the benchmarks' own (one service, region and team, named "Bench" and a random tag),
/// so a benchmark on a scratch database never touches real families' cases.
/// </summary>
internal sealed record BenchOrganisation(string Tag, Organisation Organisation, Service Service, Team Team)
{
    /// <summary>Adds the organisation, its service, region and team to <paramref name="db"/> (not saved yet).</summary>
    public static BenchOrganisation Add(ZichtDb db)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var organisation = new Organisation { Name = "Bench " + tag, Code = "BENCH" + tag, Kind = OrganisationKind.Division };
        var service = new Service { OrganisationId = organisation.Id, Code = "OCJ", Name = "Bench OCJ" };
        var region = new Region { Name = "Bench " + tag };
        var team = new Team { Name = "Bench " + tag, ServiceId = service.Id, RegionId = region.Id };
        db.AddRange(organisation, service, region, team);
        return new BenchOrganisation(tag, organisation, service, team);
    }

    /// <summary>The <paramref name="i"/>-th case of the team, with <paramref name="worker"/> responsible, referred today.</summary>
    public Case CaseOf(Guid worker, int i) => new()
    {
        Reference = $"BENCH-{Tag}-{i}",
        OrganisationId = Organisation.Id,
        ServiceId = Service.Id,
        TeamId = Team.Id,
        ResponsibleWorkerId = worker,
        ReferralDate = DateOnly.FromDateTime(DateTime.UtcNow),
    };
}
