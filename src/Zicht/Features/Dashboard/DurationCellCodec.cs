namespace Zicht.Features.Dashboard;

/// <summary>
/// Packs a cell's day offsets: per indicator the count, then the values sorted ascending as zigzag
/// varint gaps (the first from 0). Neighbouring offsets are close, so most values take one byte.
/// </summary>
internal static class DurationCellCodec
{
    public static byte[] Encode(IReadOnlyList<List<int>> days)
    {
        var packed = new List<byte>(days.Sum(d => d.Count) + (4 * days.Count));
        foreach (var values in days)
        {
            var sorted = values.ToArray();
            Array.Sort(sorted);
            Varint.Write(packed, (ulong)sorted.Length);
            var previous = 0L;
            foreach (var d in sorted)
            {
                var gap = d - previous;
                Varint.Write(packed, (ulong)((gap << 1) ^ (gap >> 63)));
                previous = d;
            }
        }
        return [.. packed];
    }

    /// <summary>Calls <paramref name="add"/> with each indicator's values, in indicator order.</summary>
    public static void Decode(byte[] packed, int indicators, Action<int, ReadOnlySpan<int>> add) => Decode(packed.AsSpan(), indicators, add);

    /// <inheritdoc cref="Decode(byte[], int, Action{int, ReadOnlySpan{int}})"/>
    public static void Decode(ReadOnlySpan<byte> packed, int indicators, Action<int, ReadOnlySpan<int>> add)
    {
        var position = 0;
        var buffer = new List<int>();
        for (var indicator = 0; indicator < indicators; indicator++)
        {
            var count = (int)Varint.Read(packed, ref position);
            buffer.Clear();
            var value = 0L;
            for (var i = 0; i < count; i++)
            {
                var zigzag = Varint.Read(packed, ref position);
                value += (long)(zigzag >> 1) ^ -(long)(zigzag & 1);
                buffer.Add((int)value);
            }
            add(indicator, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(buffer));
        }
        if (position != packed.Length)
        {
            throw new InvalidDataException("A duration cell has bytes left over: it was packed for other indicators.");
        }
    }
}
