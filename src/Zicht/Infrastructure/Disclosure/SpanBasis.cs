namespace Zicht.Infrastructure.Disclosure;

/// <summary>
/// The linear span of published cells, each a 0/1 vector over atoms (the smallest groups that every
/// cell is a union of). A hidden cell can be recovered by adding and subtracting published ones exactly
/// when its vector lies in this span. Arithmetic is modulo the Mersenne prime 2^61 − 1: exact, no
/// rounding, and for 0/1 vectors of a few thousand atoms a rank over this field equals the rank over
/// the rationals except with negligible probability (a false "in span" only hides one cell more).
/// Each basis row remembers which published cells it is made of, so a recoverable cell can be traced
/// to the cells that give it away. Rows are kept sparse: add small cells first and they stay so.
/// </summary>
public sealed class SpanBasis(int atomCount, int cellCount)
{
    private const ulong P = (1UL << 61) - 1;
    private readonly Dictionary<int, (Sparse Row, Sparse Made)> _byPivot = [];

    private readonly record struct Sparse(int[] Index, ulong[] Value)
    {
        public static Sparse Of(ulong[] dense, ulong scale)
        {
            var index = Enumerable.Range(0, dense.Length).Where(i => dense[i] != 0).ToArray();
            return new(index, [.. index.Select(i => Multiply(dense[i], scale))]);
        }
    }

    public int Rank => _byPivot.Count;

    /// <summary>
    /// Adds published cell number <paramref name="cell"/> (its atoms). Returns the pivot of the row it
    /// became, or -1 when it was already in the span.
    /// </summary>
    public int Add(IReadOnlyList<int> atoms, int cell)
    {
        var (v, made) = Reduce(atoms);
        made[cell] = Sum(made[cell], 1);
        var pivot = Array.FindIndex(v, x => x != 0);
        if (pivot < 0)
        {
            return -1;
        }
        var inverse = Power(v[pivot], P - 2);
        _byPivot[pivot] = (Sparse.Of(v, inverse), Sparse.Of(made, inverse));
        return pivot;
    }


    /// <summary>
    /// The published cells that add up to these atoms (with non-zero weight), or null when no
    /// combination of published cells gives them.
    /// </summary>
    public IReadOnlyCollection<int>? Express(IReadOnlyList<int> atoms)
    {
        var (v, made) = Reduce(atoms);
        return v.Any(x => x != 0) ? null : Enumerable.Range(0, made.Length).Where(i => made[i] != 0).ToList();
    }

    /// <summary>What is left of these atoms after taking out the span: zero exactly when they are in it.</summary>
    public ulong[] Remainder(IReadOnlyList<int> atoms) => Reduce(atoms).Remainder;

    /// <summary>A remainder scaled so its first non-zero entry (returned in <paramref name="pivot"/>) is 1.</summary>
    public static ulong[] Unit(ulong[] remainder, out int pivot)
    {
        pivot = Array.FindIndex(remainder, x => x != 0);
        var inverse = Power(remainder[pivot], P - 2);
        return [.. remainder.Select(x => Multiply(x, inverse))];
    }

    /// <summary>
    /// The remainder of <paramref name="remainder"/> once <paramref name="unit"/> (another remainder,
    /// from <see cref="Unit"/>) joins the span.
    /// </summary>
    public static ulong[] Without(ulong[] remainder, ulong[] unit, int pivot)
    {
        var result = (ulong[])remainder.Clone();
        var f = remainder[pivot];
        if (f != 0)
        {
            Subtract(result, new Sparse([.. Enumerable.Range(0, unit.Length).Where(i => unit[i] != 0)], [.. unit.Where(x => x != 0)]), f);
        }
        return result;
    }

    private (ulong[] Remainder, ulong[] Made) Reduce(IReadOnlyList<int> atoms)
    {
        var v = new ulong[atomCount];
        foreach (var a in atoms)
        {
            v[a] = Sum(v[a], 1);
        }
        var made = new ulong[cellCount];
        for (var c = 0; c < v.Length; c++)
        {
            if (v[c] == 0 || !_byPivot.TryGetValue(c, out var basis))
            {
                continue;
            }
            // v −= f × row (the row's entries before its pivot are zero), and the same for what it is made of.
            var f = v[c];
            Subtract(v, basis.Row, f);
            Subtract(made, basis.Made, f);
        }
        return (v, made);
    }

    private static void Subtract(ulong[] into, Sparse row, ulong f)
    {
        for (var k = 0; k < row.Index.Length; k++)
        {
            var i = row.Index[k];
            var product = Multiply(f, row.Value[k]);
            into[i] = into[i] >= product ? into[i] - product : into[i] + P - product;
        }
    }

    private static ulong Sum(ulong a, ulong b) => (a + b) % P;

    /// <summary>a × b mod 2^61 − 1, folding the high bits (no division).</summary>
    private static ulong Multiply(ulong a, ulong b)
    {
        var z = (UInt128)a * b;
        var r = ((ulong)z & P) + (ulong)(z >> 61);
        return r >= P ? r - P : r;
    }

    private static ulong Power(ulong a, ulong e)
    {
        ulong result = 1;
        while (e > 0)
        {
            if ((e & 1) == 1)
            {
                result = Multiply(result, a);
            }
            a = Multiply(a, a);
            e >>= 1;
        }
        return result;
    }
}
