namespace Zicht.Features.Surveys.Statistics;

/// <summary>Result of a chi-square test of independence.</summary>
public sealed record ChiSquareResult(double Statistic, int DegreesOfFreedom, double P, int N);

/// <summary>
/// Pearson's chi-square test of independence on a groups × answers table, as the evaluation used to
/// compare roles, services and regions (no continuity correction). Rows or columns that are all zero
/// are dropped first: an answer nobody gave carries no information and would divide by zero.
/// </summary>
public static class ChiSquare
{
    public static ChiSquareResult? Test(int[][] table)
    {
        var rows = table.Where(r => r.Sum() > 0).ToArray();
        if (rows.Length < 2)
        {
            return null;
        }
        var columns = Enumerable.Range(0, rows[0].Length).Where(c => rows.Sum(r => r[c]) > 0).ToArray();
        if (columns.Length < 2)
        {
            return null;
        }
        double n = rows.Sum(r => r.Sum());
        var statistic = 0.0;
        foreach (var row in rows)
        {
            double rowTotal = columns.Sum(c => row[c]);
            foreach (var c in columns)
            {
                double columnTotal = rows.Sum(r => r[c]);
                var expected = rowTotal * columnTotal / n;
                statistic += (row[c] - expected) * (row[c] - expected) / expected;
            }
        }
        var df = (rows.Length - 1) * (columns.Length - 1);
        return new ChiSquareResult(statistic, df, PValue(statistic, df), (int)n);
    }

    /// <summary>Upper tail of the chi-square distribution with <paramref name="df"/> degrees of freedom.</summary>
    /// <summary>P(χ²(df) ≥ statistic): the regularised upper incomplete gamma function Q(df/2, x/2), from MathNet.Numerics.</summary>
    public static double PValue(double statistic, int df) =>
        statistic <= 0 ? 1.0 : MathNet.Numerics.SpecialFunctions.GammaUpperRegularized(df / 2.0, statistic / 2.0);
}
