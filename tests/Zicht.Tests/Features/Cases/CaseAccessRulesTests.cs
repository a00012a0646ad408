using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Cases;

/// <summary>The pure access rules, without a database.</summary>
public class CaseAccessRulesTests
{
    private static readonly Guid TeamA = Guid.NewGuid(), TeamB = Guid.NewGuid(), Me = Guid.NewGuid(), Other = Guid.NewGuid(), Provider = Guid.NewGuid();

    private static CaseAccessFacts CaseOf(Guid team, Guid responsible, Guid[]? coWorkers = null, Guid[]? partners = null) =>
        new(team, responsible, coWorkers ?? [], partners ?? []);

    private static CaseScope Worker(params Guid[] teams) => new() { StaffId = Me, SeesTeamCases = true, TeamIds = [.. teams] };

    [Fact]
    public void Worker_may_read_and_record_in_own_team_case() =>
        Assert.True(CaseAccess.Allows(Worker(TeamA), CaseOf(TeamA, Other), CaseOperation.Record));

    [Fact]
    public void Worker_of_other_team_may_not_read() =>
        Assert.False(CaseAccess.Allows(Worker(TeamB), CaseOf(TeamA, Other), CaseOperation.Read));

    [Fact]
    public void Worker_partnered_as_co_worker_may_read_a_case_of_another_team() =>
        Assert.True(CaseAccess.Allows(Worker(TeamB), CaseOf(TeamA, Other, coWorkers: [Me]), CaseOperation.Read));

    [Fact]
    public void Only_the_lead_of_the_case_team_may_reassign()
    {
        var lead = new CaseScope { StaffId = Me, SeesTeamCases = true, TeamIds = [TeamA], LeadTeamIds = [TeamA] };
        Assert.True(CaseAccess.Allows(lead, CaseOf(TeamA, Other), CaseOperation.Reassign));
        Assert.False(CaseAccess.Allows(Worker(TeamA), CaseOf(TeamA, Other), CaseOperation.Reassign));
        Assert.False(CaseAccess.Allows(lead, CaseOf(TeamB, Other, coWorkers: [Me]), CaseOperation.Reassign));
    }

    [Fact]
    public void Context_worker_sees_exactly_the_cases_their_organisation_is_partnered_on()
    {
        var context = new CaseScope { StaffId = Me, SeesPartneredCases = true, OrganisationId = Provider };
        Assert.True(CaseAccess.Allows(context, CaseOf(TeamA, Other, partners: [Provider]), CaseOperation.Record));
        Assert.False(CaseAccess.Allows(context, CaseOf(TeamA, Other, partners: [Provider]), CaseOperation.EditRegistration));
        Assert.False(CaseAccess.Allows(context, CaseOf(TeamA, Other, partners: [Guid.NewGuid()]), CaseOperation.Read));
        Assert.False(CaseAccess.Allows(context, CaseOf(TeamA, Me), CaseOperation.Read));
    }

    [Fact]
    public void A_scope_without_case_roles_sees_nothing()
    {
        var policy = new CaseScope { StaffId = Me, TeamIds = [TeamA] };
        foreach (var operation in Enum.GetValues<CaseOperation>())
        {
            Assert.False(CaseAccess.Allows(policy, CaseOf(TeamA, Me, [Me], [Provider]), operation));
        }
    }
}
