using System.Globalization;
using Zicht.Features.Dashboard;

namespace Zicht.Features.Outcomes;

/// <summary>
/// Geometry of the survival chart: per group the share that reached the indicator (1 − S of
/// Kaplan–Meier) read at whole months from −3 to 24. Whole months, not the event days themselves, so
/// the chart never shows one trajectory's date; the same values are in the table beside it.
/// </summary>
public sealed class SurvivalChart
{
    public const int Width = 560, Height = 260, Left = 44, Right = 12, Top = 10, Bottom = 34, FirstMonth = -3, LastMonth = 24;
    public const int MaxSeries = 8;
    public static readonly int[] TableMonths = [3, 6, 12, 18, 24];

    public SurvivalChart(IEnumerable<SurvivalRow> rows) =>
        Series = [.. rows.Where(r => !r.Suppressed && (r.N > 0 || r.CountsHidden)).Take(MaxSeries)];

    public List<SurvivalRow> Series { get; }

    public static double ReachedPercent(SurvivalRow row, int month) =>
        100 * (1 - SurvivalEstimate.SurvivalAt(row.Curve, month * Months.DaysPerMonth));

    public static double X(int month) => Left + ((month - FirstMonth) * (Width - Left - Right) / (double)(LastMonth - FirstMonth));

    public static double Y(double percent) => Top + ((100 - percent) * (Height - Top - Bottom) / 100.0);

    /// <summary>A step line: flat within a month, up at the next month's reading.</summary>
    public static string Points(SurvivalRow row)
    {
        var points = new List<string>();
        double? previous = null;
        for (var m = FirstMonth; m <= LastMonth; m++)
        {
            var v = ReachedPercent(row, m);
            if (previous is { } p)
            {
                points.Add(F(X(m)) + "," + F(Y(p)));
            }
            points.Add(F(X(m)) + "," + F(Y(v)));
            previous = v;
        }
        return string.Join(" ", points);
    }

    public static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
