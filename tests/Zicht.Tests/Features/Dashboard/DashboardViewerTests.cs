using System.Security.Claims;
using Zicht.Features.Dashboard;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Dashboard;

public class DashboardViewerTests
{
    private static readonly Guid TeamA = Guid.NewGuid(), TeamB = Guid.NewGuid();

    private static ClaimsPrincipal User(string role) => new(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "test"));

    [Fact]
    public void A_caseworker_sees_their_teams_unsuppressed_and_only_their_own_worker_figures()
    {
        var scope = new CaseScope { SeesTeamCases = true, TeamIds = [TeamA] };
        var viewer = DashboardViewer.For(User(Roles.Caseworker), scope, "W17", 5);
        Assert.False(viewer.SeesAggregatesOnly);
        Assert.Null(viewer.MinimumGroupSize);
        Assert.Equal([TeamA], viewer.TeamIds!);
        Assert.Equal("W17", viewer.Restrict(new FigureFilter(), FigureLevel.Worker).Worker);
        Assert.Null(viewer.Restrict(new FigureFilter(), FigureLevel.Team).Worker);
        Assert.Equal([TeamA], viewer.Restrict(new FigureFilter { TeamIds = [TeamB] }, FigureLevel.Team).TeamIds!);
    }

    [Fact]
    public void A_team_lead_sees_all_workers_of_the_team_they_lead()
    {
        var scope = new CaseScope { SeesTeamCases = true, TeamIds = [TeamA], LeadTeamIds = [TeamA] };
        var viewer = DashboardViewer.For(User(Roles.TeamLead), scope, "L1", 5);
        Assert.Null(viewer.Restrict(new FigureFilter(), FigureLevel.Worker).Worker);
        Assert.Contains(FigureLevel.Worker, viewer.Levels);
        Assert.True(viewer.SeesMatrix);
    }

    [Theory]
    [InlineData(Roles.Policy)]
    [InlineData(Roles.Researcher)]
    [InlineData(Roles.RegionalManager)]
    [InlineData(Roles.RegionalStaff)]
    public void Aggregate_only_roles_get_suppression_no_worker_level_and_no_matrix(string role)
    {
        var viewer = DashboardViewer.For(User(role), new CaseScope(), null, 5);
        Assert.True(viewer.SeesAggregatesOnly);
        Assert.Equal(5, viewer.MinimumGroupSize);
        Assert.DoesNotContain(FigureLevel.Worker, viewer.Levels);
        Assert.False(viewer.SeesMatrix);
    }

    [Fact]
    public void A_caseworker_without_a_staff_code_matches_no_worker_group()
    {
        var viewer = DashboardViewer.For(User(Roles.Caseworker), new CaseScope { SeesTeamCases = true, TeamIds = [TeamA] }, null, 5);
        Assert.Equal("", viewer.Restrict(new FigureFilter(), FigureLevel.Worker).Worker);
    }
}
