namespace Zicht.Kernel;

/// <summary>What a saved mapping version proves: when it was held, with whom, and which columns it filled.</summary>
public sealed record MappingVersionFacts(
    DateOnly HeldOn,
    bool WithFamilyOrNetwork,
    bool HasDangerStatement,
    bool HasSafetyGoal,
    bool HasStrength,
    bool HasExistingSafety);

/// <summary>A safety-plan version: its date and whether it is the final plan tailored to the minor.</summary>
public sealed record SafetyPlanVersionFacts(DateOnly AgreedOn, bool IsFinal);

/// <summary>
/// A plain snapshot of one case's records (dates and kinds only), the input of the step rules (<see cref="StepCatalog"/>).
/// Built from the database by CaseRecordsLoader; built by hand in unit tests.
/// </summary>
public sealed record CaseRecords
{
    public IReadOnlyList<MappingVersionFacts> MappingVersions { get; init; } = [];
    public IReadOnlyList<DateOnly> NetworkMembersInformedOn { get; init; } = [];
    public IReadOnlyList<DateOnly> ChildVoiceRecordedOn { get; init; } = [];
    public IReadOnlyList<DateOnly> WordsAndPicturesSharedOn { get; init; } = [];
    public IReadOnlyList<SafetyPlanVersionFacts> SafetyPlanVersions { get; init; } = [];
    public IReadOnlyList<DateOnly> MonitoringEntriesOn { get; init; } = [];
    public IReadOnlyList<DateOnly> NetworkMeetingsOn { get; init; } = [];

    /// <summary>Dates the worker recorded for steps no record proves (only steps the catalogue marks as recorded by the worker count).</summary>
    public IReadOnlyDictionary<PracticeStep, DateOnly> RecordedByWorker { get; init; } = new Dictionary<PracticeStep, DateOnly>();
}

/// <summary>How a step's date is known.</summary>
public enum StepSource { Derived, RecordedByWorker }

public sealed record StepDate(PracticeStep Step, DateOnly On, StepSource Source);
