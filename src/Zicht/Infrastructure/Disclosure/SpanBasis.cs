namespace Zicht.Infrastructure.Disclosure;

/// <summary>
/// The linear span of published cells, each a 0/1 vector over atoms (the smallest groups that every
/// cell is a union of). A hidden cell can be recovered by adding and subtracting published ones exactly
/// when its vector lies in this span. Arithmetic is modulo the Mersenne prime 2^61 − 1: exact, no
/// rounding, and for 0/1 vectors of a few thousand atoms a rank over this field equals the rank over
/// the rationals except with negligible probability (a false "in span" only hides one cell more).
/// Each basis row remembers which published cells it is made of, so a recoverable cell can be traced
/// to the cells that give it away.
/// </summary>
public sealed class SpanBasis(int atomCount)
{
    private const ulong P = (1UL << 61) - 1;
    private readonly Dictionary<int, (ulong[] Row, Dictionary<int, ulong> Made)> _byPivot = [];

    public int Rank => _byPivot.Count;

    /// <summary>Adds published cell <paramref name="cell"/> (its atoms); false when it was already in the span.</summary>
    public bool Add(IReadOnlyList<int> atoms, int cell)
    {
        var (v, made) = Reduce(atoms);
        made[cell] = Add(made.GetValueOrDefault(cell), 1);
        var pivot = Array.FindIndex(v, x => x != 0);
        if (pivot < 0)
        {
            return false;
        }
        var inverse = Power(v[pivot], P - 2);
        for (var i = pivot; i < v.Length; i++)
        {
            v[i] = Multiply(v[i], inverse);
        }
        foreach (var key in made.Keys.ToList())
        {
            made[key] = Multiply(made[key], inverse);
        }
        _byPivot[pivot] = (v, made);
        return true;
    }

    /// <summary>
    /// The published cells that add up to these atoms (with non-zero weight), or null when no
    /// combination of published cells gives them.
    /// </summary>
    public IReadOnlyCollection<int>? Express(IReadOnlyList<int> atoms)
    {
        var (v, made) = Reduce(atoms);
        if (v.Any(x => x != 0))
        {
            return null;
        }
        // Reduce subtracted the basis rows: the atoms are minus what was subtracted.
        return made.Where(m => m.Value != 0).Select(m => m.Key).ToList();
    }

    private (ulong[] Remainder, Dictionary<int, ulong> Made) Reduce(IReadOnlyList<int> atoms)
    {
        var v = new ulong[atomCount];
        foreach (var a in atoms)
        {
            v[a] = Add(v[a], 1);
        }
        var made = new Dictionary<int, ulong>();
        for (var c = 0; c < v.Length; c++)
        {
            if (v[c] == 0 || !_byPivot.TryGetValue(c, out var basis))
            {
                continue;
            }
            // v -= f × row; the row's entries before its pivot are zero.
            var f = v[c];
            var row = basis.Row;
            for (var i = c; i < v.Length; i++)
            {
                if (row[i] != 0)
                {
                    v[i] = Subtract(v[i], Multiply(f, row[i]));
                }
            }
            foreach (var (cell, weight) in basis.Made)
            {
                made[cell] = Subtract(made.GetValueOrDefault(cell), Multiply(f, weight));
            }
        }
        return (v, made);
    }

    private static ulong Add(ulong a, ulong b) => (a + b) % P;

    private static ulong Subtract(ulong a, ulong b) => a >= b ? a - b : a + P - b;

    private static ulong Multiply(ulong a, ulong b) => (ulong)((UInt128)a * b % P);

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
