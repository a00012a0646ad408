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
            Varint.Write(packed, Varint.Zigzag(n));
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
            numbers.Add(Varint.Unzigzag(Varint.Read(packed, ref position)));
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
            numbers[count++] = Varint.Unzigzag(Varint.Read(packed, ref position));
        }
        sum.AddNumbers(numbers[..count]);
    }
}
