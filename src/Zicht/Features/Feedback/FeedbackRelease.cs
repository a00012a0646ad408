using Zicht.Infrastructure.Disclosure;

namespace Zicht.Features.Feedback;

/// <summary>
/// When feedback reaches a report (issue 8). A report must not change by one answer, or whoever watches
/// it learns what the last family said. A response is stamped with the quarter it was given in, so a
/// finished quarter never changes; a group's report takes in finished quarters only, and only once they
/// add at least the minimum number of responses together. Its figures therefore change in batches of
/// at least that many.
/// </summary>
public static class FeedbackRelease
{
    /// <summary>The last quarter a group's report includes, or null when nothing has been released yet.</summary>
    public static DateOnly? Cutoff(IEnumerable<DateOnly> periods, DateOnly today, int minimum)
    {
        var current = FeedbackResponse.QuarterOf(today.ToDateTime(TimeOnly.MinValue));
        DateOnly? cutoff = null;
        var pending = 0;
        foreach (var quarter in periods.Where(p => p < current).GroupBy(p => p).OrderBy(g => g.Key))
        {
            pending += quarter.Count();
            if (pending >= Math.Max(1, minimum))
            {
                (cutoff, pending) = (quarter.Key, 0);
            }
        }
        return cutoff;
    }

    /// <summary>The responses of a group that its report includes.</summary>
    public static List<T> Released<T>(IReadOnlyCollection<T> rows, Func<T, DateOnly> period, DateOnly today, int minimum) =>
        Cutoff(rows.Select(period), today, minimum) is { } cutoff ? [.. rows.Where(r => period(r) <= cutoff)] : [];

    /// <summary>
    /// Which figures of one report page to hide: the total, each compared group and each quarter of the
    /// trend are sums over (group, quarter) atoms; below the minimum is hidden, and then whatever else is
    /// needed so that none of them can be worked out from the others (the region minus its teams).
    /// </summary>
    public static bool[] Hidden(IReadOnlyList<IReadOnlyCollection<(Guid Group, DateOnly Period)>> cells, IReadOnlyList<int> sizes, int minimum)
    {
        var atoms = cells.SelectMany(c => c).Distinct().Select((a, i) => (a, i)).ToDictionary(x => x.a, x => x.i);
        var asCells = cells.Select((c, i) => new Cell([.. c.Distinct().Select(a => atoms[a])], sizes[i])).ToList();
        return CellSuppression.Protect(atoms.Count, asCells, [.. sizes.Select(n => n < minimum)]);
    }
}
