using System.Globalization;

namespace Zicht.Kernel;

/// <summary>The 13 practice steps (domain.md §4, seed 001 Tabel 8); the value is the step number.</summary>
public enum PracticeStep
{
    InternalMapping = 1, MappingConversations, InformedNetworkStarted, ChildrenInvolved, WordsAndPictures,
    TimelineShared, DangerStatementsGoals, StrengthsSafety, SafetyGoalDiscussed, InitialSafetyPlan,
    SafetyPlanMonitoring, NetworkMeeting, FinalSafetyPlan,
}

/// <summary>
/// One step: its exchange-format code, its names (Tabel 8's wording, and the short label of the
/// dashboards) in Dutch and English, and the rule that derives its dates from a case's records. A step
/// without a rule is one no record can prove, so the worker records its date once.
/// </summary>
public sealed record StepDefinition(PracticeStep Step, string Code, string Dutch, string English, string ShortDutch, string ShortEnglish,
    Func<CaseRecords, IEnumerable<DateOnly>>? Rule)
{
    public int Number => (int)Step;
    public bool RecordedByWorker => Rule is null;

    /// <summary>The trajectory table's column: <c>step_01_internal_mapping</c> → <c>Step01InternalMapping</c>.</summary>
    public string Column => string.Concat(Code.Split('_').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));

    public string Name => InDutch() ? Dutch : English;
    public string ShortName => $"{Number:00} {(InDutch() ? ShortDutch : ShortEnglish)}";

    private static bool InDutch() => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "nl";
}

/// <summary>
/// The one list of the 13 steps. Everything else iterates over it: the derivation, the trajectory
/// columns, the figures and duration cells, the exports and import format, the benchmark's SQL.
/// </summary>
public static class StepCatalog
{
    public static readonly IReadOnlyList<StepDefinition> Steps =
    [
        new(PracticeStep.InternalMapping, "step_01_internal_mapping",
            "Interne mapping via Driekolommenmodel, schadematrix", "Internal mapping via the three columns, harm matrix",
            "Intern in kaart brengen (drie kolommen, schadematrix)", "Internal mapping (three columns, harm matrix)",
            r => r.MappingVersions.Select(v => v.HeldOn)),
        new(PracticeStep.MappingConversations, "step_02_mapping_conversations",
            "Mappen van gesprekken met betrokkenen", "Mapping conversations with those involved",
            "Mapping-gesprekken met betrokkenen", "Mapping conversations with those involved",
            r => r.MappingVersions.Where(v => v.WithFamilyOrNetwork).Select(v => v.HeldOn)),
        new(PracticeStep.InformedNetworkStarted, "step_03_informed_network_started",
            "Start met het creëren van een geïnformeerd netwerk", "Start creating an informed network",
            "Start geïnformeerd netwerk", "Informed network started",
            r => r.NetworkMembersInformedOn),
        new(PracticeStep.ChildrenInvolved, "step_04_children_involved",
            "Betrekken van kinderen, via 3 huizen, veilige huis,...", "Involving children (three houses, safe house)",
            "Kinderen betrekken (drie huizen, veilig huis)", "Children involved (three houses, safe house)",
            r => r.ChildVoiceRecordedOn),
        new(PracticeStep.WordsAndPictures, "step_05_words_and_pictures",
            "Creëren van woord- en beeldverhaal met betrokkenen", "Words and pictures with those involved",
            "Woord- en beeldverhaal met betrokkenen", "Words and pictures with those involved",
            r => r.WordsAndPicturesSharedOn),
        new(PracticeStep.TimelineShared, "step_06_timeline_shared",
            "Delen van traject, tijdslijn met minderjarige", "Sharing the trajectory and timeline with the minor",
            "Tijdlijn gedeeld met de minderjarige", "Timeline shared with the minor",
            Rule: null),
        // "Formalising" means both kinds are written down in the same mapping, not spread over two.
        new(PracticeStep.DangerStatementsGoals, "step_07_danger_statements_goals",
            "Formaliseren van gevaarsboodschap(pen) en veiligheidsdoelen", "Formalising danger statement(s) and safety goals",
            "Gevaarsboodschap en veiligheidsdoelen geformaliseerd", "Danger statements and safety goals formalised",
            r => r.MappingVersions.Where(v => v.HasDangerStatement && v.HasSafetyGoal).Select(v => v.HeldOn)),
        new(PracticeStep.StrengthsSafety, "step_08_strengths_safety",
            "Formaliseren van sterktes en veiligheid", "Formalising strengths and safety",
            "Krachten en veiligheid geformaliseerd", "Strengths and safety formalised",
            r => r.MappingVersions.Where(v => v.HasStrength && v.HasExistingSafety).Select(v => v.HeldOn)),
        new(PracticeStep.SafetyGoalDiscussed, "step_09_safety_goal_discussed",
            "Veiligheidsdoel bespreken met betrokkenen", "Safety goal discussed with those involved",
            "Veiligheidsdoel besproken met betrokkenen", "Safety goal discussed with those involved",
            Rule: null),
        new(PracticeStep.InitialSafetyPlan, "step_10_initial_safety_plan",
            "Creëren van een initieel veiligheidsplan met ouders/voogd en netwerk", "Initial safety plan with parents/guardian and network",
            "Initieel veiligheidsplan met ouders en netwerk", "Initial safety plan with parents and network",
            r => r.SafetyPlanVersions.Select(v => v.AgreedOn)),
        new(PracticeStep.SafetyPlanMonitoring, "step_11_safety_plan_monitoring",
            "Initieel monitoren van veiligheidsplan", "Initial monitoring of the safety plan",
            "Eerste opvolging van het veiligheidsplan", "First monitoring of the safety plan",
            r => r.MonitoringEntriesOn),
        new(PracticeStep.NetworkMeeting, "step_12_network_meeting",
            "Netwerkberaden", "Network meetings",
            "Netwerkberaad", "Network meeting",
            r => r.NetworkMeetingsOn),
        new(PracticeStep.FinalSafetyPlan, "step_13_final_safety_plan",
            "Creëren van finaal veiligheidsplan op maat van minderjarige", "Final safety plan tailored to the minor",
            "Finaal veiligheidsplan op maat van de minderjarige", "Final safety plan tailored to the minor",
            r => r.SafetyPlanVersions.Where(v => v.IsFinal).Select(v => v.AgreedOn)),
    ];

    /// <summary>The steps in order.</summary>
    public static readonly IReadOnlyList<PracticeStep> All = [.. Steps.Select(s => s.Step)];

    /// <summary>Steps no record can prove: the worker records their date once. Every other step is derived only.</summary>
    public static readonly IReadOnlySet<PracticeStep> WorkerRecorded = Steps.Where(s => s.RecordedByWorker).Select(s => s.Step).ToHashSet();

    public static StepDefinition Of(PracticeStep step) => Steps[(int)step - 1];

    /// <summary>Exchange-format code, e.g. <c>step_06_timeline_shared</c>.</summary>
    public static string Code(this PracticeStep step) => Of(step).Code;

    /// <summary>The name in the current UI language (Tabel 8's wording).</summary>
    public static string Name(this PracticeStep step) => Of(step).Name;
}
