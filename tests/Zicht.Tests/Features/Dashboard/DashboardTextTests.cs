using Zicht.Features.Dashboard;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure.Localisation;

namespace Zicht.Tests.Features.Dashboard;

public class DashboardTextTests
{
    private static readonly string[] OtherIndicators =
        ["started_in_plan_b", "plan_b_in_effect", "plan_b_network", "plan_b_residential", "placement", "placement_in_network", "trajectory", ReReferrals.Indicator];

    private static readonly string[] Statuses = ["all", "open", "closed"];

    [Fact]
    public void Every_indicator_level_and_status_has_a_Dutch_name()
    {
        var dutch = JsonStringLocalizerFactory.Load("nl");
        var missing = TrajectorySteps.Dated.Select(s => TextKeys.Indicator(s.Code))
            .Concat(OtherIndicators.Select(TextKeys.Indicator))
            .Concat(Enum.GetValues<FigureLevel>().Select(l => TextKeys.Level(FigureLevels.Code(l))))
            .Concat(Statuses.Select(TextKeys.Status))
            .Where(k => !dutch.ContainsKey(k)).ToList();
        Assert.Equal([], missing);
    }
}
