namespace Zicht.Features.Evaluations;

/// <summary>
/// When a six-monthly evaluation is due (seed 001:6552, "om de 6 maanden"): six months after the case's start, then six
/// months after the period of the previous finalised report. A reminder, never a block. Pure.
/// </summary>
public static class EvaluationCadence
{
    public const int Months = 6;

    /// <summary>The period the next report covers: from the end of the last finalised one (or the referral), six months on.</summary>
    public static (DateOnly From, DateOnly To) NextPeriod(DateOnly referral, DateOnly? lastPeriodTo)
    {
        var from = lastPeriodTo ?? referral;
        return (from, from.AddMonths(Months));
    }

    /// <summary>The date the next report is due: the end of its period.</summary>
    public static DateOnly NextDue(DateOnly referral, DateOnly? lastPeriodTo) => NextPeriod(referral, lastPeriodTo).To;
}
