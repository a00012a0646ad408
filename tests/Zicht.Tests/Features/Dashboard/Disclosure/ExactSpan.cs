using System.Numerics;

namespace Zicht.Tests.Features.Dashboard.Disclosure;

/// <summary>
/// The attacker's side, written independently of the production code: exact Gaussian elimination over
/// the integers (fraction-free, rows kept divided by their gcd). A hidden figure is recoverable by
/// adding and subtracting shown ones exactly when its 0/1 vector lies in the span of theirs.
/// </summary>
public sealed class ExactSpan(int atoms)
{
    private readonly Dictionary<int, BigInteger[]> _rows = [];

    public void Add(IEnumerable<int> cell)
    {
        var v = Reduce(cell);
        var pivot = Array.FindIndex(v, x => !x.IsZero);
        if (pivot >= 0)
        {
            _rows[pivot] = v;
        }
    }

    public bool Contains(IEnumerable<int> cell) => Reduce(cell).All(x => x.IsZero);

    private BigInteger[] Reduce(IEnumerable<int> cell)
    {
        var v = new BigInteger[atoms];
        foreach (var a in cell)
        {
            v[a] = 1;
        }
        for (var c = 0; c < atoms; c++)
        {
            if (v[c].IsZero || !_rows.TryGetValue(c, out var row))
            {
                continue;
            }
            var (f, g) = (v[c], row[c]);
            var gcd = BigInteger.Zero;
            for (var i = 0; i < atoms; i++)
            {
                v[i] = (g * v[i]) - (f * row[i]);
                gcd = BigInteger.GreatestCommonDivisor(gcd, v[i]);
            }
            if (gcd > 1)
            {
                for (var i = 0; i < atoms; i++)
                {
                    v[i] /= gcd;
                }
            }
        }
        return v;
    }
}
