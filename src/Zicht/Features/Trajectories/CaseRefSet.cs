namespace Zicht.Features.Trajectories;

/// <summary>
/// The (organisation, case_ref) pairs an import has seen, exactly, in little memory: the characters go
/// into one growing buffer and the set holds only offsets into it (about 12 bytes a row plus the
/// characters, against ~100 bytes for a set of tuples of a Guid and a string). A million rows take
/// ~30 MB instead of ~100 MB; ten million ~300 MB instead of ~1 GB (docs/decisions/066).
/// </summary>
internal sealed class CaseRefSet
{
    private readonly List<char[]> _chunks = [];
    private readonly Dictionary<Guid, int> _organisations = [];
    private readonly HashSet<long> _entries;
    private char[] _current = new char[1 << 20];
    private int _used;

    public CaseRefSet() => _entries = new HashSet<long>(new EntryComparer(this));

    /// <summary>False when the pair was added before.</summary>
    public bool Add(Guid organisation, string caseRef)
    {
        if (!_organisations.TryGetValue(organisation, out var org))
        {
            _organisations[organisation] = org = _organisations.Count;
        }
        // An entry is [organisation index as one char][length as one char][the characters]; case_ref is at most 64 characters.
        var length = caseRef.Length + 2;
        if (_used + length > _current.Length)
        {
            _chunks.Add(_current[.._used]);
            _current = new char[_current.Length];
            _used = 0;
        }
        var start = _used;
        _current[start] = (char)org;
        _current[start + 1] = (char)caseRef.Length;
        caseRef.CopyTo(_current.AsSpan(start + 2));
        _used += length;
        var entry = ((long)_chunks.Count << 32) | (uint)start;
        if (_entries.Add(entry))
        {
            return true;
        }
        _used = start; // seen before: give the room back
        return false;
    }

    private ReadOnlySpan<char> Slice(long entry)
    {
        var chunk = (int)(entry >> 32);
        var start = (int)(entry & 0xFFFFFFFF);
        var chars = chunk == _chunks.Count ? _current : _chunks[chunk];
        return chars.AsSpan(start, chars[start + 1] + 2);
    }

    private sealed class EntryComparer(CaseRefSet set) : IEqualityComparer<long>
    {
        public bool Equals(long x, long y) => set.Slice(x).SequenceEqual(set.Slice(y));

        public int GetHashCode(long entry) => string.GetHashCode(set.Slice(entry));
    }
}
