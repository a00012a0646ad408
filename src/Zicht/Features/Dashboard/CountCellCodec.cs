namespace Zicht.Features.Dashboard;

/// <summary>
/// Packs a cell's <see cref="Tally"/> (every count and sum of the breadth and core-data pages) as zigzag
/// varints in the order of <see cref="Tally.ToNumbers"/>: about 30 bytes a cell.
/// </summary>
internal static class CountCellCodec
{
    public static byte[] Encode(Tally tally)
    {
        var packed = new List<byte>(40);
        foreach (var n in tally.ToNumbers())
        {
            var zigzag = (ulong)((n << 1) ^ (n >> 63));
            while (zigzag >= 0x80)
            {
                packed.Add((byte)(zigzag | 0x80));
                zigzag >>= 7;
            }
            packed.Add((byte)zigzag);
        }
        return [.. packed];
    }

    public static Tally Decode(byte[] packed) => Decode(packed.AsSpan());

    public static Tally Decode(ReadOnlySpan<byte> packed)
    {
        var numbers = new List<long>(32);
        var position = 0;
        while (position < packed.Length)
        {
            ulong value = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = packed[position++];
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }
            }
            numbers.Add((long)(value >> 1) ^ -(long)(value & 1));
        }
        return Tally.FromNumbers(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(numbers));
    }

    /// <summary>Adds the packed counts to <paramref name="sum"/> without unpacking them into a new tally.</summary>
    public static void AddTo(Tally sum, ReadOnlySpan<byte> packed)
    {
        Span<long> numbers = stackalloc long[64];
        var count = 0;
        var position = 0;
        while (position < packed.Length)
        {
            ulong value = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = packed[position++];
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }
            }
            numbers[count++] = (long)(value >> 1) ^ -(long)(value & 1);
        }
        sum.AddNumbers(numbers[..count]);
    }
}
