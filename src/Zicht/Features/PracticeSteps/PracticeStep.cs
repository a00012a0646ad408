namespace Zicht.Features.PracticeSteps;

/// <summary>
/// The 13 practice steps of the case-management dashboard (domain.md §4, seed 001 Tabel 8), in order.
/// The numeric value is the step number used in the exchange format (<c>step_01_…</c>).
/// </summary>
public enum PracticeStep
{
    InternalMapping = 1,
    MappingConversations = 2,
    InformedNetworkStarted = 3,
    ChildrenInvolved = 4,
    WordsAndPictures = 5,
    TimelineShared = 6,
    DangerStatementsGoals = 7,
    StrengthsSafety = 8,
    SafetyGoalDiscussed = 9,
    InitialSafetyPlan = 10,
    SafetyPlanMonitoring = 11,
    NetworkMeeting = 12,
    FinalSafetyPlan = 13,
}

public static class StepCatalog
{
    public static readonly IReadOnlyList<PracticeStep> All = Enum.GetValues<PracticeStep>();

    /// <summary>
    /// Steps no record can prove, so the worker records their date once. Every other step is derived
    /// only, which is what keeps a worker from ticking a step a record already proves.
    /// </summary>
    public static readonly IReadOnlySet<PracticeStep> WorkerRecorded =
        new HashSet<PracticeStep> { PracticeStep.TimelineShared, PracticeStep.SafetyGoalDiscussed };

    /// <summary>Exchange-format code, e.g. <c>step_06_timeline_shared</c>.</summary>
    public static string Code(this PracticeStep step) => step switch
    {
        PracticeStep.InternalMapping => "step_01_internal_mapping",
        PracticeStep.MappingConversations => "step_02_mapping_conversations",
        PracticeStep.InformedNetworkStarted => "step_03_informed_network_started",
        PracticeStep.ChildrenInvolved => "step_04_children_involved",
        PracticeStep.WordsAndPictures => "step_05_words_and_pictures",
        PracticeStep.TimelineShared => "step_06_timeline_shared",
        PracticeStep.DangerStatementsGoals => "step_07_danger_statements_goals",
        PracticeStep.StrengthsSafety => "step_08_strengths_safety",
        PracticeStep.SafetyGoalDiscussed => "step_09_safety_goal_discussed",
        PracticeStep.InitialSafetyPlan => "step_10_initial_safety_plan",
        PracticeStep.SafetyPlanMonitoring => "step_11_safety_plan_monitoring",
        PracticeStep.NetworkMeeting => "step_12_network_meeting",
        PracticeStep.FinalSafetyPlan => "step_13_final_safety_plan",
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    /// <summary>English label (a text key; Dutch wording of Tabel 8 in texts.nl.json).</summary>
    public static string Label(this PracticeStep step) => step switch
    {
        PracticeStep.InternalMapping => "Internal mapping via the three columns, harm matrix",
        PracticeStep.MappingConversations => "Mapping conversations with those involved",
        PracticeStep.InformedNetworkStarted => "Start creating an informed network",
        PracticeStep.ChildrenInvolved => "Involving children (three houses, safe house)",
        PracticeStep.WordsAndPictures => "Words and pictures with those involved",
        PracticeStep.TimelineShared => "Sharing the trajectory and timeline with the minor",
        PracticeStep.DangerStatementsGoals => "Formalising danger statement(s) and safety goals",
        PracticeStep.StrengthsSafety => "Formalising strengths and safety",
        PracticeStep.SafetyGoalDiscussed => "Safety goal discussed with those involved",
        PracticeStep.InitialSafetyPlan => "Initial safety plan with parents/guardian and network",
        PracticeStep.SafetyPlanMonitoring => "Initial monitoring of the safety plan",
        PracticeStep.NetworkMeeting => "Network meetings",
        PracticeStep.FinalSafetyPlan => "Final safety plan tailored to the minor",
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };
}
