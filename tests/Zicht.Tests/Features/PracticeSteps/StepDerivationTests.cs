using Zicht.Features.PracticeSteps;
using Zicht.Kernel;

namespace Zicht.Tests.Features.PracticeSteps;

public class StepDerivationTests
{
    private static readonly DateOnly Start = new(2025, 3, 1);
    private static DateOnly Day(int offset) => Start.AddDays(offset);

    private static MappingVersionFacts Mapping(int day, bool family = false, bool danger = false, bool goal = false, bool strength = false, bool safety = false) =>
        new(Day(day), family, danger, goal, strength, safety);

    [Fact]
    public void A_case_without_records_has_no_steps()
    {
        Assert.Empty(StepDerivation.Derive(new CaseRecords()));
    }

    [Fact]
    public void Internal_mapping_is_the_first_mapping_version_whatever_the_order_recorded()
    {
        var steps = StepDerivation.Derive(new CaseRecords { MappingVersions = [Mapping(20), Mapping(5), Mapping(40)] });
        Assert.Equal(Day(5), steps[PracticeStep.InternalMapping].On);
        Assert.Equal(StepSource.Derived, steps[PracticeStep.InternalMapping].Source);
        Assert.False(steps.ContainsKey(PracticeStep.MappingConversations));
    }

    [Fact]
    public void Mapping_conversation_needs_a_family_or_network_participant()
    {
        var steps = StepDerivation.Derive(new CaseRecords { MappingVersions = [Mapping(1), Mapping(9, family: true), Mapping(30, family: true)] });
        Assert.Equal(Day(1), steps[PracticeStep.InternalMapping].On);
        Assert.Equal(Day(9), steps[PracticeStep.MappingConversations].On);
    }

    [Fact]
    public void Danger_statements_and_goals_count_only_when_both_are_in_the_same_mapping()
    {
        var split = StepDerivation.Derive(new CaseRecords { MappingVersions = [Mapping(1, danger: true), Mapping(2, goal: true)] });
        Assert.False(split.ContainsKey(PracticeStep.DangerStatementsGoals));

        var together = StepDerivation.Derive(new CaseRecords { MappingVersions = [Mapping(1, danger: true), Mapping(7, danger: true, goal: true)] });
        Assert.Equal(Day(7), together[PracticeStep.DangerStatementsGoals].On);
    }

    [Fact]
    public void Strengths_and_safety_count_only_when_both_are_in_the_same_mapping()
    {
        var steps = StepDerivation.Derive(new CaseRecords { MappingVersions = [Mapping(3, strength: true), Mapping(8, strength: true, safety: true)] });
        Assert.Equal(Day(8), steps[PracticeStep.StrengthsSafety].On);
    }

    [Fact]
    public void Steps_may_precede_the_case_start()
    {
        var steps = StepDerivation.Derive(new CaseRecords
        {
            MappingVersions = [Mapping(-90)],
            NetworkMembersInformedOn = [Day(-60), Day(10)],
        });
        Assert.Equal(Day(-90), steps[PracticeStep.InternalMapping].On);
        Assert.Equal(Day(-60), steps[PracticeStep.InformedNetworkStarted].On);
        Assert.Equal(-3.0m, StepDerivation.MonthsAfterStart(Start, Day(-91)));
    }

    [Fact]
    public void Each_record_kind_proves_its_own_step()
    {
        var steps = StepDerivation.Derive(new CaseRecords
        {
            NetworkMembersInformedOn = [Day(12)],
            ChildVoiceRecordedOn = [Day(14), Day(13)],
            WordsAndPicturesSharedOn = [Day(20)],
            SafetyPlanVersions = [new(Day(50), false), new(Day(120), true), new(Day(90), false)],
            MonitoringEntriesOn = [Day(60)],
            NetworkMeetingsOn = [Day(45), Day(30)],
        });
        Assert.Equal(Day(12), steps[PracticeStep.InformedNetworkStarted].On);
        Assert.Equal(Day(13), steps[PracticeStep.ChildrenInvolved].On);
        Assert.Equal(Day(20), steps[PracticeStep.WordsAndPictures].On);
        Assert.Equal(Day(50), steps[PracticeStep.InitialSafetyPlan].On);
        Assert.Equal(Day(60), steps[PracticeStep.SafetyPlanMonitoring].On);
        Assert.Equal(Day(30), steps[PracticeStep.NetworkMeeting].On);
        Assert.Equal(Day(120), steps[PracticeStep.FinalSafetyPlan].On);
    }

    [Fact]
    public void A_case_that_starts_with_a_final_plan_has_both_initial_and_final_on_that_date()
    {
        var steps = StepDerivation.Derive(new CaseRecords { SafetyPlanVersions = [new(Day(15), true)] });
        Assert.Equal(Day(15), steps[PracticeStep.InitialSafetyPlan].On);
        Assert.Equal(Day(15), steps[PracticeStep.FinalSafetyPlan].On);
    }

    [Fact]
    public void Worker_records_the_steps_no_record_proves()
    {
        var steps = StepDerivation.Derive(new CaseRecords
        {
            RecordedByWorker = new Dictionary<PracticeStep, DateOnly>
            {
                [PracticeStep.TimelineShared] = Day(33),
                [PracticeStep.SafetyGoalDiscussed] = Day(-5),
            },
        });
        Assert.Equal(new StepDate(PracticeStep.TimelineShared, Day(33), StepSource.RecordedByWorker), steps[PracticeStep.TimelineShared]);
        Assert.Equal(Day(-5), steps[PracticeStep.SafetyGoalDiscussed].On);
    }

    [Fact]
    public void A_worker_cannot_tick_a_step_that_records_prove()
    {
        var steps = StepDerivation.Derive(new CaseRecords
        {
            MappingVersions = [Mapping(10)],
            RecordedByWorker = new Dictionary<PracticeStep, DateOnly>
            {
                [PracticeStep.InternalMapping] = Day(1),
                [PracticeStep.NetworkMeeting] = Day(2),
            },
        });
        Assert.Equal(new StepDate(PracticeStep.InternalMapping, Day(10), StepSource.Derived), steps[PracticeStep.InternalMapping]);
        Assert.False(steps.ContainsKey(PracticeStep.NetworkMeeting));
    }

    [Fact]
    public void Only_timeline_and_safety_goal_discussion_are_worker_recorded()
    {
        Assert.Equal([PracticeStep.TimelineShared, PracticeStep.SafetyGoalDiscussed], StepCatalog.WorkerRecorded.OrderBy(s => s));
    }

    [Fact]
    public void Step_codes_match_the_exchange_format()
    {
        Assert.Equal("step_01_internal_mapping", PracticeStep.InternalMapping.Code());
        Assert.Equal("step_13_final_safety_plan", PracticeStep.FinalSafetyPlan.Code());
        Assert.Equal(13, StepCatalog.All.Select(s => s.Code()).Distinct().Count());
        Assert.All(StepCatalog.All, s => Assert.StartsWith($"step_{(int)s:00}_", s.Code(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(61, 2.0)]
    [InlineData(-92, -3.0)]
    [InlineData(231, 7.6)]
    public void Months_after_start_use_the_reporting_definition(int days, double months)
    {
        Assert.Equal((decimal)months, StepDerivation.MonthsAfterStart(Start, Day(days)));
    }
}
