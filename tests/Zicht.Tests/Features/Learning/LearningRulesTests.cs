using Zicht.Features.Learning;
using Zicht.Infrastructure.Auth;

namespace Zicht.Tests.Features.Learning;

public class LearningRulesTests
{
    private static readonly RoleRequirement[] Basic = [new() { Role = Roles.Caseworker, Kind = CourseKind.Basic, WithinMonths = 6 }];

    [Fact]
    public void Basic_training_is_expected_within_six_months_of_starting()
    {
        var state = TrainingRules.Apply(Basic, [Roles.Caseworker], new DateOnly(2026, 3, 1), []).Single();
        Assert.Equal(new DateOnly(2026, 9, 1), state.DueOn);
        Assert.False(state.Met);
        Assert.True(state.Overdue(new DateOnly(2026, 9, 2)));
    }

    [Fact]
    public void Followed_beats_planned_and_roles_without_a_requirement_have_none()
    {
        var records = new[] { new TrainingRules.Record(CourseKind.Basic, TrainingStatus.Planned, new(2026, 5, 1)), new TrainingRules.Record(CourseKind.Basic, TrainingStatus.Followed, new(2026, 4, 1)) };
        Assert.True(TrainingRules.Apply(Basic, [Roles.Caseworker], null, records).Single().Met);
        Assert.Empty(TrainingRules.Apply(Basic, [Roles.RegionalStaff], null, records));
    }

    [Fact]
    public void A_small_need_is_hidden_and_so_is_what_would_give_it_away()
    {
        var needs = Enumerable.Range(0, 6).Select(_ => new NeedFigures.Need(Guid.NewGuid(), NeedTool.WordsAndPictures, null))
            .Append(new NeedFigures.Need(Guid.NewGuid(), NeedTool.Trauma, "x")).ToList();

        var figures = NeedFigures.Sum(needs, 5);

        Assert.True(figures.Single(f => f.Tool == NeedTool.Trauma).Hidden);
        // Shown: words & pictures 6; so the total (7) must go, or 7 − 6 gives the hidden one away.
        Assert.False(figures.Single(f => f.Tool == NeedTool.WordsAndPictures).Hidden);
        Assert.True(figures.Single(f => f.Tool is null).Hidden);
        Assert.Equal(0, figures.Single(f => f.Tool == NeedTool.SafetyPlanningWithLittleTime).People);
    }
}
