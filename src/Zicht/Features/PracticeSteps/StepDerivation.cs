namespace Zicht.Features.PracticeSteps;

/// <summary>
/// Derives the first date of each of the 13 practice steps from a case's records (domain.md §4).
/// Pure: same records, same dates. Dates may precede the case's start (work before referral counts).
/// </summary>
public static class StepDerivation
{
    public static IReadOnlyDictionary<PracticeStep, StepDate> Derive(CaseRecords r)
    {
        var found = new Dictionary<PracticeStep, StepDate>();

        void Derived(PracticeStep step, IEnumerable<DateOnly> dates)
        {
            DateOnly? first = null;
            foreach (var d in dates)
            {
                if (first is null || d < first)
                {
                    first = d;
                }
            }
            if (first is { } on)
            {
                found[step] = new StepDate(step, on, StepSource.Derived);
            }
        }

        var versions = r.MappingVersions;
        Derived(PracticeStep.InternalMapping, versions.Select(v => v.HeldOn));
        Derived(PracticeStep.MappingConversations, versions.Where(v => v.WithFamilyOrNetwork).Select(v => v.HeldOn));
        Derived(PracticeStep.InformedNetworkStarted, r.NetworkMembersInformedOn);
        Derived(PracticeStep.ChildrenInvolved, r.ChildVoiceRecordedOn);
        Derived(PracticeStep.WordsAndPictures, r.WordsAndPicturesSharedOn);
        // "Formalising" means both kinds are written down in the same mapping, not spread over two.
        Derived(PracticeStep.DangerStatementsGoals, versions.Where(v => v.HasDangerStatement && v.HasSafetyGoal).Select(v => v.HeldOn));
        Derived(PracticeStep.StrengthsSafety, versions.Where(v => v.HasStrength && v.HasExistingSafety).Select(v => v.HeldOn));
        Derived(PracticeStep.InitialSafetyPlan, r.SafetyPlanVersions.Select(v => v.AgreedOn));
        Derived(PracticeStep.SafetyPlanMonitoring, r.MonitoringEntriesOn);
        Derived(PracticeStep.NetworkMeeting, r.NetworkMeetingsOn);
        Derived(PracticeStep.FinalSafetyPlan, r.SafetyPlanVersions.Where(v => v.IsFinal).Select(v => v.AgreedOn));

        foreach (var (step, on) in r.RecordedByWorker)
        {
            // A worker's date only counts for a step that no record can prove.
            if (StepCatalog.WorkerRecorded.Contains(step))
            {
                found[step] = new StepDate(step, on, StepSource.RecordedByWorker);
            }
        }
        return found;
    }

    /// <summary>Months after start as every report defines it: days / 30.4375, one decimal.</summary>
    public static decimal MonthsAfterStart(DateOnly start, DateOnly on) =>
        Math.Round((on.DayNumber - start.DayNumber) / 30.4375m, 1, MidpointRounding.AwayFromZero);
}
