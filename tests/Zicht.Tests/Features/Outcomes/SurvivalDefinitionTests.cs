using Zicht.Features.Outcomes;

namespace Zicht.Tests.Features.Outcomes;

/// <summary>Who is an event, a competing event or censored, and when (survival.md).</summary>
public class SurvivalDefinitionTests
{
    private static readonly DateOnly Opened = new(2025, 1, 1), AsOf = new(2025, 12, 31);
    private const string Step = "step_03_informed_network_started";

    [Fact]
    public void A_step_is_an_event_at_its_date_even_before_the_start()
    {
        Assert.Equal(new Subject(-31, Ending.Event), SurvivalDefinition.SubjectOf(new(Opened, null, new(2024, 12, 1)), Step, AsOf));
        Assert.Equal(new Subject(40, Ending.Event), SurvivalDefinition.SubjectOf(new(Opened, new(2025, 3, 1), new(2025, 2, 10)), Step, AsOf));
    }

    [Fact]
    public void Closure_without_the_step_is_the_competing_event_and_an_open_trajectory_is_censored_at_as_of()
    {
        Assert.Equal(new Subject(59, Ending.Competing), SurvivalDefinition.SubjectOf(new(Opened, new(2025, 3, 1), null), Step, AsOf));
        Assert.Equal(new Subject(364, Ending.Censored), SurvivalDefinition.SubjectOf(new(Opened, null, null), Step, AsOf));
    }

    [Fact]
    public void For_the_trajectory_closure_is_the_event()
    {
        Assert.Equal(new Subject(59, Ending.Event), SurvivalDefinition.SubjectOf(new(Opened, new(2025, 3, 1), null), SurvivalDefinition.Trajectory, AsOf));
        Assert.Equal(new Subject(364, Ending.Censored), SurvivalDefinition.SubjectOf(new(Opened, null, null), SurvivalDefinition.Trajectory, AsOf));
    }

    [Fact]
    public void An_earlier_as_of_sees_the_data_as_it_stood_then()
    {
        var asOf = new DateOnly(2025, 2, 1);
        Assert.Null(SurvivalDefinition.SubjectOf(new(new(2025, 3, 1), null, null), Step, asOf));
        Assert.Equal(new Subject(31, Ending.Censored), SurvivalDefinition.SubjectOf(new(Opened, new(2025, 3, 1), new(2025, 2, 10)), Step, asOf));
        Assert.Equal(new Subject(31, Ending.Censored), SurvivalDefinition.SubjectOf(new(Opened, new(2025, 3, 1), null), SurvivalDefinition.Trajectory, asOf));
    }

    [Fact]
    public void A_row_gives_months_with_one_decimal_and_the_incidence_in_percent()
    {
        // Events at 10, 10, 20, 40 days; censored at 10 and 30 (see SurvivalEstimateTests): median 20 days = 0.657 months.
        Subject[] subjects = [new(10, Ending.Event), new(10, Ending.Event), new(10, Ending.Censored), new(20, Ending.Event), new(30, Ending.Competing), new(40, Ending.Event)];
        var row = SurvivalRow.Of("team", "Team A", Step, subjects);

        Assert.Equal((6, 4, 2), (row.N, row.Events, row.Censored));
        var line = SurvivalRow.Table([row]).Rows[0].Select(Zicht.Features.Dashboard.FigureTable.Cell);
        // CIF: t=10 (d=2, n=6): 2/6; S* = 4/6 (the censored one does not end S*). t=20 (d=1, n=3): + 2/3 × 1/3 → 5/9; S* = 4/9.
        // t=30 (c=1, n=2): S* = 2/9. t=40 (d=1, n=1): + 2/9 → 7/9 = 77.8%.
        Assert.Equal("team,Team A,step_03_informed_network_started,6,4,2,0.7,0.3,1.3,77.8,77.8,false", string.Join(',', line));
    }
}
