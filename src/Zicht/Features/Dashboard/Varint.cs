namespace Zicht.Features.Dashboard;

/// <summary>
/// The variable-length numbers every cell codec packs with (7 bits a byte, high bit = more follows), and the
/// zigzag mapping that keeps small negative numbers short.
/// </summary>
internal static class Varint
{
    public static void Write(List<byte> packed, ulong value)
    {
        while (value >= 0x80)
        {
            packed.Add((byte)(value | 0x80));
            value >>= 7;
        }
        packed.Add((byte)value);
    }

    public static ulong Read(ReadOnlySpan<byte> packed, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = packed[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }
    }

    public static ulong Zigzag(long n) => (ulong)((n << 1) ^ (n >> 63));

    public static long Unzigzag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);
}
