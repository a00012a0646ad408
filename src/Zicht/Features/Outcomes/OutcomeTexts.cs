namespace Zicht.Features.Outcomes;

/// <summary>Text keys built from codes; OutcomeTextTests checks each has a Dutch text (the general text test sees literal keys only).</summary>
public static class OutcomeTexts
{
    public static string Level(string code) => "OutcomeLevel." + code;
    public static string Term(string code) => "Term." + code;
    public static string Figure(string family) => "Figure." + family;
    public static string Outcome(string code) => "Outcome." + code;
    public static string Verdict(ReviewVerdict verdict) => "Verdict." + verdict;

    /// <summary>The figure families of <see cref="OutcomeFigures"/>.</summary>
    public static readonly string[] Families =
        ["breadth", Dashboard.ReReferrals.Indicator, "median_months", "cif_12m", "mean", "safety_scale_change", "share", "staff_agree", "staff_mean", "audit_gap_within_1"];
}
