namespace Zicht.Features.SafetyScales;

/// <summary>
/// The trend per person and where people's scores differ, computed once for the chart and the table.
/// A difference "starts the conversation" (domain.md §3) when, on one date, scores lie
/// <see cref="NotableSpread"/> or more apart.
/// </summary>
public sealed class ScaleTrend
{
    public const int NotableSpread = 3;

    public sealed record Point(DateOnly On, int Score);
    public sealed record Series(string Person, ScorerRole Role, IReadOnlyList<Point> Points);
    public sealed record Spread(DateOnly On, int Lowest, int Highest)
    {
        public bool Notable => Highest - Lowest >= NotableSpread;
    }

    public IReadOnlyList<Series> People { get; }
    public IReadOnlyList<Spread> Spreads { get; }
    public IReadOnlyList<DateOnly> Dates { get; }

    public ScaleTrend(IEnumerable<SafetyScore> scores)
    {
        var list = scores.OrderBy(s => s.ScoredOn).ThenBy(s => s.RecordedAt).ToList();
        People = list.GroupBy(s => (s.ScorerRole, Name: s.ScorerName.Trim()))
            .Select(g => new Series(g.Key.Name, g.Key.ScorerRole, g.Select(s => new Point(s.ScoredOn, s.Score)).ToList()))
            .OrderBy(s => s.Role).ThenBy(s => s.Person, StringComparer.CurrentCulture).ToList();
        Spreads = list.GroupBy(s => s.ScoredOn).Where(g => g.Count() > 1)
            .Select(g => new Spread(g.Key, g.Min(s => s.Score), g.Max(s => s.Score))).ToList();
        Dates = list.Select(s => s.ScoredOn).Distinct().ToList();
    }

    /// <summary>x position of a date on a chart of the given width (dates spaced by time, not by index).</summary>
    public double X(DateOnly on, double left, double width)
    {
        if (Dates.Count < 2)
        {
            return left + width / 2;
        }
        var first = Dates[0].DayNumber;
        var span = Dates[^1].DayNumber - first;
        return left + width * (on.DayNumber - first) / span;
    }

    public static double Y(int score, double top, double height) => top + height * (SafetyScore.Max - score) / SafetyScore.Max;
}
