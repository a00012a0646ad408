namespace Zicht.Features.Outcomes;

/// <summary>One block of the survival page: a chart and its numbers for a list of groups.</summary>
public sealed record SurvivalFiguresModel(string Id, List<SurvivalRow> Rows, string Indicator, int Minimum)
{
    public bool IsTrajectory => Indicator == SurvivalDefinition.Trajectory;
}
