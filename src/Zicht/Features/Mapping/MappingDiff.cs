namespace Zicht.Features.Mapping;

/// <summary>What changed between two mapping versions, matched by statement id.</summary>
public sealed record MappingDiff(
    IReadOnlyList<StatementSnapshot> Added,
    IReadOnlyList<StatementSnapshot> Removed,
    IReadOnlyList<(StatementSnapshot Before, StatementSnapshot After)> Changed,
    int Unchanged)
{
    public static MappingDiff Compare(IReadOnlyList<StatementSnapshot> older, IReadOnlyList<StatementSnapshot> newer)
    {
        var before = older.ToDictionary(s => s.Id);
        var after = newer.ToDictionary(s => s.Id);
        var added = newer.Where(s => !before.ContainsKey(s.Id)).ToList();
        var removed = older.Where(s => !after.ContainsKey(s.Id)).ToList();
        var changed = new List<(StatementSnapshot, StatementSnapshot)>();
        var unchanged = 0;
        foreach (var s in newer.Where(s => before.ContainsKey(s.Id)))
        {
            if (before[s.Id] == s)
            {
                unchanged++;
            }
            else
            {
                changed.Add((before[s.Id], s));
            }
        }
        return new MappingDiff(added, removed, changed, unchanged);
    }
}
