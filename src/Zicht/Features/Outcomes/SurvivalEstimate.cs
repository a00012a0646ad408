namespace Zicht.Features.Outcomes;

/// <summary>What happened to one trajectory by its time (days after opened_on, may be negative).</summary>
public enum Ending { Event, Competing, Censored }

/// <summary>
/// One trajectory as the estimators see it, or <paramref name="Count"/> trajectories with the same time
/// and ending (the database reduces a group to its distinct times; the estimators give the same numbers).
/// </summary>
public readonly record struct Subject(int Days, Ending Ending, int Count = 1);

/// <summary>One step of a Kaplan–Meier curve: S just after <paramref name="Days"/>, with the numbers behind it.</summary>
public sealed record CurvePoint(int Days, int AtRisk, int Events, double Survival);

/// <summary>
/// The time-to-event estimators of ../shared/formats/survival.md as pure functions: Kaplan–Meier with
/// its quantiles, and the cumulative incidence with a competing event (Aalen–Johansen). Times are whole
/// days; censoring at an event time counts as still at risk at that time.
/// </summary>
public static class SurvivalEstimate
{
    public const double SixMonthsDays = 182.625, TwelveMonthsDays = 365.25;

    /// <summary>
    /// Kaplan–Meier of <see cref="Ending.Event"/>; competing events are censored here (the curve answers
    /// "had it not closed first", which is why the cumulative incidence is given beside it).
    /// </summary>
    public static List<CurvePoint> KaplanMeier(IEnumerable<Subject> subjects)
    {
        var curve = new List<CurvePoint>();
        var s = 1.0;
        foreach (var (t, atRisk, events, _) in Times(subjects))
        {
            if (events == 0)
            {
                continue;
            }
            s *= 1 - ((double)events / atRisk);
            curve.Add(new CurvePoint(t, atRisk, events, s));
        }
        return curve;
    }

    /// <summary>S(t): the product over event times up to and including <paramref name="days"/>.</summary>
    public static double SurvivalAt(IReadOnlyList<CurvePoint> curve, double days) =>
        curve.LastOrDefault(p => p.Days <= days)?.Survival ?? 1.0;

    /// <summary>The smallest event time with S(t) ≤ 1 − p (p = 0.25, 0.5, 0.75), or null when the curve never gets there.</summary>
    public static int? Quantile(IReadOnlyList<CurvePoint> curve, double p) =>
        curve.FirstOrDefault(c => c.Survival <= 1 - p + 1e-12)?.Days;

    /// <summary>
    /// CIF(t) = Σ over distinct times tⱼ ≤ t of either event of S*(tⱼ₋) · dⱼ / nⱼ, where S* is the
    /// Kaplan–Meier of "either event" (Aalen–Johansen with two causes).
    /// </summary>
    public static double CumulativeIncidence(IEnumerable<Subject> subjects, double days)
    {
        var cif = 0.0;
        var either = 1.0;
        foreach (var (t, atRisk, events, competing) in Times(subjects))
        {
            if (t > days)
            {
                break;
            }
            cif += either * events / atRisk;
            either *= 1 - ((double)(events + competing) / atRisk);
        }
        return cif;
    }

    /// <summary>
    /// Every distinct time in ascending order with the number still at risk (time ≥ t, so censoring at
    /// t is still at risk at t) and the events and competing events at t. One sort, then one pass; a
    /// subject counts <see cref="Subject.Count"/> times, so grouped subjects give the same integers.
    /// </summary>
    private static IEnumerable<(int Days, int AtRisk, int Events, int Competing)> Times(IEnumerable<Subject> subjects)
    {
        var sorted = subjects.OrderBy(x => x.Days).ToArray();
        var atRisk = sorted.Sum(x => x.Count);
        var i = 0;
        while (i < sorted.Length)
        {
            var t = sorted[i].Days;
            int events = 0, competing = 0, here = 0;
            for (; i < sorted.Length && sorted[i].Days == t; i++)
            {
                here += sorted[i].Count;
                events += sorted[i].Ending == Ending.Event ? sorted[i].Count : 0;
                competing += sorted[i].Ending == Ending.Competing ? sorted[i].Count : 0;
            }
            yield return (t, atRisk, events, competing);
            atRisk -= here;
        }
    }

    /// <summary>How many trajectories the subjects stand for.</summary>
    public static int Total(IEnumerable<Subject> subjects) => subjects.Sum(s => s.Count);
}
