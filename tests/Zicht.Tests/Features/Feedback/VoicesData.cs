using Zicht.Data;
using Zicht.Kernel;

namespace Zicht.Tests.Features.Feedback;

/// <summary>A small organisation for one test: a region, a service, two teams, a worker and a lead in each.</summary>
public sealed record VoicesWorld(Guid RegionId, Guid ServiceId, Guid TeamA, Guid TeamB, Guid WorkerA, Guid LeadA, Guid WorkerB, Guid LeadB, Guid OrganisationId)
{
    public static Task<VoicesWorld> CreateAsync(VoicesApp app) => app.DbAsync(async (db, _) =>
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var organisation = new Organisation { Name = "OSD " + tag, Code = "OSD" + tag, Kind = OrganisationKind.Division };
        var service = new Service { OrganisationId = organisation.Id, Code = "OCJ", Name = "OCJ " + tag };
        var region = new Region { Name = "Regio " + tag };
        var teamA = new Team { Name = "Team A " + tag, ServiceId = service.Id, RegionId = region.Id };
        var teamB = new Team { Name = "Team B " + tag, ServiceId = service.Id, RegionId = region.Id };
        db.AddRange(organisation, service, region, teamA, teamB);
        var people = new List<StaffUser>();
        StaffUser Staff(string name, Team team, bool lead)
        {
            var user = new StaffUser { DisplayName = name, UserName = $"{name}-{tag}", OrganisationId = organisation.Id };
            db.Users.Add(user);
            db.TeamMemberships.Add(new TeamMembership { TeamId = team.Id, StaffId = user.Id, IsLead = lead });
            return user;
        }
        var workerA = Staff("worker-a", teamA, false);
        var leadA = Staff("lead-a", teamA, true);
        var workerB = Staff("worker-b", teamB, false);
        var leadB = Staff("lead-b", teamB, true);
        await db.SaveChangesAsync();
        return new VoicesWorld(region.Id, service.Id, teamA.Id, teamB.Id, workerA.Id, leadA.Id, workerB.Id, leadB.Id, organisation.Id);
    });

    public Task<Guid> CaseAsync(VoicesApp app, Guid team, Guid worker, DateOnly? closedOn = null) => app.DbAsync(async (db, _) =>
    {
        var c = new Case
        {
            Reference = "D-" + Guid.NewGuid().ToString("N")[..10],
            OrganisationId = OrganisationId,
            ServiceId = ServiceId,
            TeamId = team,
            ResponsibleWorkerId = worker,
            ReferralDate = new DateOnly(2026, 1, 5),
            ClosedOn = closedOn,
            Phase = closedOn is null ? CasePhase.SafetyPlanning : CasePhase.Closed,
        };
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        return c.Id;
    });
}
