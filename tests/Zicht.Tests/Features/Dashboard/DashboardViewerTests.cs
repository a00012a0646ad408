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

    [Theory]
    [InlineData(Roles.Policy)]
    [InlineData(Roles.Researcher)]
    [InlineData(Roles.RegionalManager)]
    [InlineData(Roles.RegionalStaff)]
    public void Aggregate_only_roles_get_whole_quarters_so_periods_a_day_apart_are_the_same_period(string role)
    {
        var viewer = DashboardViewer.For(User(role), new CaseScope(), null, 5);
        var a = viewer.Restrict(new FigureFilter { From = new DateOnly(2024, 2, 14), To = new DateOnly(2024, 8, 3) }, FigureLevel.Team);
        var b = viewer.Restrict(new FigureFilter { From = new DateOnly(2024, 2, 15), To = new DateOnly(2024, 8, 2) }, FigureLevel.Team);
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 9, 30)), (a.From!.Value, a.To!.Value));
        Assert.Equal(a, b);
        Assert.Equal(new DateOnly(2024, 12, 31), viewer.Restrict(new FigureFilter { To = new DateOnly(2024, 10, 1) }, FigureLevel.Team).To);
    }

    [Fact]
    public void A_team_lead_keeps_the_exact_period_they_asked_for()
    {
        var scope = new CaseScope { SeesTeamCases = true, TeamIds = [TeamA], LeadTeamIds = [TeamA] };
        var viewer = DashboardViewer.For(User(Roles.TeamLead), scope, "L1", 5);
        var asked = new FigureFilter { From = new DateOnly(2024, 2, 14), To = new DateOnly(2024, 8, 3) };
        Assert.Equal((asked.From, asked.To), (viewer.Restrict(asked, FigureLevel.Team).From, viewer.Restrict(asked, FigureLevel.Team).To));
    }

    [Fact]
    public void A_caseworker_without_a_staff_code_matches_no_worker_group()
    {
        var viewer = DashboardViewer.For(User(Roles.Caseworker), new CaseScope { SeesTeamCases = true, TeamIds = [TeamA] }, null, 5);
        Assert.Equal("", viewer.Restrict(new FigureFilter(), FigureLevel.Worker).Worker);
    }
}
