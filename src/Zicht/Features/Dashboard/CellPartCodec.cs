namespace Zicht.Features.Dashboard;

/// <summary>
/// The key of one part of a figure cell: the trajectories of one opening month and closing month (a
/// month part), of one opening month (an opening-month part) or of one worker (a worker part). Months
/// count from year 0 (year × 12 + month − 1).
/// </summary>
internal readonly record struct PartKey(int OpenedMonth, int? ClosedMonth, string? Worker)
{
    public static int MonthOf(DateOnly date) => (date.Year * 12) + date.Month - 1;
}

/// <summary>
/// Packs the parts of a figure cell (docs/decisions/085) in two blobs with the parts in the same order:
/// the counts blob holds each part's key and its <see cref="Tally"/> (as <see cref="CountCellCodec"/>),
/// the offsets blob each part's day offsets (as <see cref="DurationCellCodec"/>), so a page of counts
/// never reads the offsets. Every piece is length-prefixed (varint).
/// </summary>
/// <summary>How a cell is split: by opening × closing month, by opening month alone (docs/decisions/089), or by worker.</summary>
internal enum PartKind { Months, Opened, Workers }

internal static class CellPartCodec
{
    internal delegate void PartHandler(in PartKey key, ReadOnlySpan<byte> tally, ReadOnlySpan<byte> offsets);

    public static (byte[] Counts, byte[] Offsets) Encode(IEnumerable<(PartKey Key, Tally Tally, DurationValues Values)> parts, PartKind kind)
    {
        var counts = new List<byte>();
        var offsets = new List<byte>();
        foreach (var (key, tally, values) in parts)
        {
            if (kind != PartKind.Workers)
            {
                Varint.Write(counts, Varint.Zigzag(key.OpenedMonth));
                if (kind == PartKind.Months)
                {
                    Varint.Write(counts, key.ClosedMonth is { } closed ? (ulong)(closed - key.OpenedMonth) + 1 : 0);
                }
            }
            else if (key.Worker is null)
            {
                Varint.Write(counts, 0);
            }
            else
            {
                var name = System.Text.Encoding.UTF8.GetBytes(key.Worker);
                Varint.Write(counts, (ulong)name.Length + 1);
                counts.AddRange(name);
            }
            var packedTally = CountCellCodec.Encode(tally);
            Varint.Write(counts, (ulong)packedTally.Length);
            counts.AddRange(packedTally);
            var packedOffsets = DurationCellCodec.Encode(values.Days);
            Varint.Write(offsets, (ulong)packedOffsets.Length);
            offsets.AddRange(packedOffsets);
        }
        return ([.. counts], [.. offsets]);
    }

    /// <summary>
    /// Calls <paramref name="handle"/> for every part <paramref name="take"/> accepts, with its packed tally
    /// and, when <paramref name="offsets"/> is given, its packed day offsets (else an empty span).
    /// </summary>
    public static void Decode(byte[] counts, byte[]? offsets, PartKind kind, Func<PartKey, bool> take, PartHandler handle)
    {
        var c = 0;
        var o = 0;
        while (c < counts.Length)
        {
            PartKey key;
            if (kind != PartKind.Workers)
            {
                var opened = (int)Varint.Unzigzag(Varint.Read(counts, ref c));
                var closed = kind == PartKind.Months ? Varint.Read(counts, ref c) : 0;
                key = new PartKey(opened, closed == 0 ? null : opened + (int)closed - 1, null);
            }
            else
            {
                var length = (int)Varint.Read(counts, ref c);
                key = new PartKey(0, null, length == 0 ? null : System.Text.Encoding.UTF8.GetString(counts, c, length - 1));
                c += Math.Max(0, length - 1);
            }
            var tallyLength = (int)Varint.Read(counts, ref c);
            var tally = counts.AsSpan(c, tallyLength);
            c += tallyLength;
            var offsetSpan = ReadOnlySpan<byte>.Empty;
            if (offsets is not null)
            {
                var offsetLength = (int)Varint.Read(offsets, ref o);
                offsetSpan = offsets.AsSpan(o, offsetLength);
                o += offsetLength;
            }
            if (take(key))
            {
                handle(key, tally, offsetSpan);
            }
        }
        if (offsets is not null && o != offsets.Length)
        {
            throw new InvalidDataException("A cell's offsets hold more parts than its counts.");
        }
    }
}
