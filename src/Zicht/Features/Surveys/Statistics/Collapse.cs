namespace Zicht.Features.Surveys.Statistics;

/// <summary>
/// The evaluation's analysis collapses 5-point scales to 3 (disagree / neutral / agree) so that cells are
/// large enough for chi-square. Which point goes where is part of the scale's data, not of this code.
/// </summary>
public static class Collapse
{
    /// <summary>The 1-based collapsed group of a value, or null when the scale does not collapse or the value is unknown.</summary>
    public static int? Group(Scale scale, int value) => scale.CanCollapse ? scale.Point(value)?.Collapsed : null;

    /// <summary>Counts per collapsed group (index 0 = group 1).</summary>
    public static int[] Counts(Scale scale, IEnumerable<int> values)
    {
        if (!scale.CanCollapse)
        {
            throw new InvalidOperationException($"Scale {scale.Key} has no 3-point grouping.");
        }
        var counts = new int[scale.CollapsedLabels!.Count];
        foreach (var value in values)
        {
            if (Group(scale, value) is { } group)
            {
                counts[group - 1]++;
            }
        }
        return counts;
    }
}
