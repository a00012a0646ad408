namespace Zicht.Features.Surveys.Statistics;

/// <summary>
/// domain.md §8: an aggregate never reveals a person. Any figure over fewer answers than the minimum
/// group size is withheld, and so is everything derived from it (a distribution, a mean, a test).
/// </summary>
public static class SmallGroups
{
    public static bool IsShown(int responses, int minimumGroupSize) => responses >= Math.Max(1, minimumGroupSize);

    /// <summary>The test across groups is only meaningful, and only safe, when every group may be shown.</summary>
    public static bool AllShown(IEnumerable<int> groupSizes, int minimumGroupSize) =>
        groupSizes.All(n => IsShown(n, minimumGroupSize));
}

/// <summary>How many respondents chose each point of a scale for one item.</summary>
public sealed record Distribution(Scale Scale, IReadOnlyDictionary<int, int> Counts)
{
    public int N => Counts.Values.Sum();

    public static Distribution Of(Scale scale, IEnumerable<int> values)
    {
        var counts = scale.Points.ToDictionary(p => p.Value, _ => 0);
        foreach (var v in values.Where(counts.ContainsKey))
        {
            counts[v]++;
        }
        return new Distribution(scale, counts);
    }

    public double? Mean => N == 0 ? null : Counts.Sum(c => (double)c.Key * c.Value) / N;

    public double Share(int value) => N == 0 ? 0 : (double)Counts.GetValueOrDefault(value) / N;
}
