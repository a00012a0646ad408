namespace Zicht.Features.Outcomes;

/// <summary>A share with its count: <paramref name="Events"/> of <paramref name="N"/>.</summary>
public readonly record struct Share(int Events, int N)
{
    public double? Proportion => N == 0 ? null : (double)Events / N;
}

/// <summary>
/// The difference between two shares with a 95% confidence interval by Newcombe's hybrid score method
/// (Newcombe 1998, method 10: Wilson intervals of each share, combined). Chosen over Wald because Wald
/// collapses to zero width at 0% or 100% and misbehaves with the small groups a team has
/// (docs/decisions/051-fidelity-against-outcomes.md).
/// </summary>
public static class RiskDifference
{
    public const double Z95 = 1.959963984540054;

    /// <summary>Wilson score interval of one share; null when there is nothing to estimate.</summary>
    public static (double Lower, double Upper)? Wilson(Share s, double z = Z95)
    {
        if (s.N == 0)
        {
            return null;
        }
        var p = (double)s.Events / s.N;
        var n = (double)s.N;
        var denominator = 1 + (z * z / n);
        var centre = (p + (z * z / (2 * n))) / denominator;
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z * z / (4 * n * n))) / denominator;
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }

    /// <summary>p₁ − p₂ with its Newcombe interval, or null when either group is empty.</summary>
    public static (double Difference, double Lower, double Upper)? Of(Share first, Share second, double z = Z95)
    {
        if (Wilson(first, z) is not { } w1 || Wilson(second, z) is not { } w2)
        {
            return null;
        }
        var p1 = first.Proportion!.Value;
        var p2 = second.Proportion!.Value;
        var d = p1 - p2;
        var below = Math.Sqrt(Math.Pow(p1 - w1.Lower, 2) + Math.Pow(w2.Upper - p2, 2));
        var above = Math.Sqrt(Math.Pow(w1.Upper - p1, 2) + Math.Pow(p2 - w2.Lower, 2));
        return (d, d - below, d + above);
    }
}
