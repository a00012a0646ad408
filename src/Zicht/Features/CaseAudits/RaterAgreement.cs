namespace Zicht.Features.CaseAudits;

/// <summary>Landis &amp; Koch's plain-language reading of a kappa (1977).</summary>
public enum AgreementReading { BelowChance, Slight, Fair, Moderate, Substantial, AlmostPerfect }

/// <summary>Agreement between worker and reviewer over a set of scored pairs (formats/audits.md).</summary>
public sealed record AgreementFigures(
    int Pairs, double? MeanWorker, double? MeanReviewer, double? MeanGap,
    double? ExactPercent, double? WithinOnePercent, double? WeightedKappa)
{
    public AgreementReading? Reading => WeightedKappa is { } k ? RaterAgreement.Read(k) : null;
}

/// <summary>
/// How far two raters agree, as a pure function of their score pairs. Quadratically weighted Cohen's
/// kappa: κ = 1 − Σ w·O / Σ w·E with w(i,j) = (i−j)²/(k−1)², O the observed pair proportions and E the
/// product of the two raters' marginal proportions. The (k−1)² cancels, and categories nobody used add
/// nothing to either sum, so κ = 1 − mean((x−y)²) / mean over all worker×reviewer combinations of (x−y)².
/// </summary>
public static class RaterAgreement
{
    public static AgreementFigures Compute(IReadOnlyList<(int Worker, int Reviewer)> pairs)
    {
        var n = pairs.Count;
        if (n == 0)
        {
            return new AgreementFigures(0, null, null, null, null, null, null);
        }
        var meanWorker = pairs.Average(p => p.Worker);
        var meanReviewer = pairs.Average(p => p.Reviewer);
        var meanGap = pairs.Average(p => p.Reviewer - p.Worker);
        var exact = 100.0 * pairs.Count(p => p.Worker == p.Reviewer) / n;
        var withinOne = 100.0 * pairs.Count(p => Math.Abs(p.Reviewer - p.Worker) <= 1) / n;
        return new AgreementFigures(n, meanWorker, meanReviewer, meanGap, exact, withinOne, WeightedKappa(pairs));
    }

    /// <summary>Null when fewer than two pairs, or when chance disagreement is zero (both gave one and the same score throughout).</summary>
    public static double? WeightedKappa(IReadOnlyList<(int Worker, int Reviewer)> pairs)
    {
        if (pairs.Count < 2)
        {
            return null;
        }
        var observed = pairs.Average(p => Square(p.Worker - p.Reviewer));
        // Expected under independence: every worker score against every reviewer score, equally weighted.
        var expected = 0.0;
        foreach (var w in pairs)
        {
            foreach (var r in pairs)
            {
                expected += Square(w.Worker - r.Reviewer);
            }
        }
        expected /= (double)pairs.Count * pairs.Count;
        return expected == 0 ? null : 1 - (observed / expected);
    }

    /// <summary>Landis &amp; Koch bands: &lt; 0 below chance, ≤ 0.20 slight, ≤ 0.40 fair, ≤ 0.60 moderate, ≤ 0.80 substantial, above almost perfect.</summary>
    public static AgreementReading Read(double kappa) => kappa switch
    {
        < 0 => AgreementReading.BelowChance,
        < 0.205 => AgreementReading.Slight,
        < 0.405 => AgreementReading.Fair,
        < 0.605 => AgreementReading.Moderate,
        < 0.805 => AgreementReading.Substantial,
        _ => AgreementReading.AlmostPerfect,
    };

    private static double Square(int d) => (double)d * d;
}
