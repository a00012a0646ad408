using System.Linq.Expressions;

namespace Zicht.Features.Trajectories;

/// <summary>One of the 13 practice steps (domain.md §4): its exchange-format column and where its date lives.</summary>
public sealed record TrajectoryStep(string Code, Expression<Func<Trajectory, DateOnly?>> Date, Action<Trajectory, DateOnly?> Set)
{
    public Func<Trajectory, DateOnly?> Get { get; } = Date.Compile();
}

public static class TrajectorySteps
{
    /// <summary>The 13 steps in the order of seed 001, Tabel 8 (and of every export).</summary>
    public static readonly IReadOnlyList<TrajectoryStep> All =
    [
        new("step_01_internal_mapping", t => t.Step01InternalMapping, (t, d) => t.Step01InternalMapping = d),
        new("step_02_mapping_conversations", t => t.Step02MappingConversations, (t, d) => t.Step02MappingConversations = d),
        new("step_03_informed_network_started", t => t.Step03InformedNetworkStarted, (t, d) => t.Step03InformedNetworkStarted = d),
        new("step_04_children_involved", t => t.Step04ChildrenInvolved, (t, d) => t.Step04ChildrenInvolved = d),
        new("step_05_words_and_pictures", t => t.Step05WordsAndPictures, (t, d) => t.Step05WordsAndPictures = d),
        new("step_06_timeline_shared", t => t.Step06TimelineShared, (t, d) => t.Step06TimelineShared = d),
        new("step_07_danger_statements_goals", t => t.Step07DangerStatementsGoals, (t, d) => t.Step07DangerStatementsGoals = d),
        new("step_08_strengths_safety", t => t.Step08StrengthsSafety, (t, d) => t.Step08StrengthsSafety = d),
        new("step_09_safety_goal_discussed", t => t.Step09SafetyGoalDiscussed, (t, d) => t.Step09SafetyGoalDiscussed = d),
        new("step_10_initial_safety_plan", t => t.Step10InitialSafetyPlan, (t, d) => t.Step10InitialSafetyPlan = d),
        new("step_11_safety_plan_monitoring", t => t.Step11SafetyPlanMonitoring, (t, d) => t.Step11SafetyPlanMonitoring = d),
        new("step_12_network_meeting", t => t.Step12NetworkMeeting, (t, d) => t.Step12NetworkMeeting = d),
        new("step_13_final_safety_plan", t => t.Step13FinalSafetyPlan, (t, d) => t.Step13FinalSafetyPlan = d),
    ];

    /// <summary>The two safety-plan dates reported beside the steps (breadth and durations).</summary>
    public static readonly IReadOnlyList<TrajectoryStep> SafetyPlans =
    [
        new("adult_safety_plan", t => t.AdultSafetyPlanOn, (t, d) => t.AdultSafetyPlanOn = d),
        new("child_safety_plan", t => t.ChildSafetyPlanOn, (t, d) => t.ChildSafetyPlanOn = d),
    ];

    /// <summary>Steps then safety plans: every dated indicator, in export order.</summary>
    public static readonly IReadOnlyList<TrajectoryStep> Dated = [.. All, .. SafetyPlans];
}
