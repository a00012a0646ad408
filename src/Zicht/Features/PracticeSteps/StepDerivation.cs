using Zicht.Kernel;

namespace Zicht.Features.PracticeSteps;

/// <summary>
/// Derives the first date of each of the 13 practice steps from a case's records (domain.md §4), by the
/// rules of <see cref="StepCatalog"/>.
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

        foreach (var step in StepCatalog.Steps.Where(s => s.Rule is not null))
        {
            Derived(step.Step, step.Rule!(r));
        }

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
