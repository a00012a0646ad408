using System.Text;

namespace Zicht.Infrastructure.Charts;

public sealed record ChartPoint(double X, double Y);

/// <summary>One line of a chart. <see cref="Steps"/> draws a step function (flat until the next point); <see cref="Markers"/> are where its marks go (every point when null).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Points)
{
    public bool Steps { get; init; }
    public IReadOnlyList<ChartPoint>? Markers { get; init; }
}

/// <summary>
/// A line chart as inline SVG, rendered on the server (no script, prints, reads aloud through its title,
/// description and the table that always stands beside it). A legend above the plot names every series
/// with its colour, dash and marker; both axes are labelled; a time axis places points by date.
/// </summary>
public sealed class LineChart(string id, string title, string description, ChartAxis x, ChartAxis y, IReadOnlyList<ChartSeries> series)
{
    public const int Left = 50, Right = 14;
    public int Width { get; init; } = 560;
    public int PlotHeight { get; init; } = 200;

    /// <summary>Light bands behind the lines at x from y-low to y-high (where scores lie far apart); the text beside the chart says what they mark.</summary>
    public IReadOnlyList<(double X, double Low, double High)> Highlights { get; init; } = [];

    public string Render()
    {
        var body = new StringBuilder();
        var top = Svg.Legend(body, [.. series.Select(s => s.Name)], Left, Width - Right, lines: true) + 8;
        var bottom = top + PlotHeight;
        Svg.ValueAxis(body, y, Left, Width - Right, top, bottom);
        Svg.CategoryAxis(body, x, Left, Width - Right, top, bottom);
        foreach (var (hx, low, high) in Highlights)
        {
            var (px, y1, y2) = (x.Scale(hx, Left, Width - Right), y.Scale(high, bottom, top), y.Scale(low, bottom, top));
            body.Append($"<rect class=\"highlight\" x=\"{Svg.P(px - 7)}\" y=\"{Svg.P(y1 - 4)}\" width=\"14\" height=\"{Svg.P(y2 - y1 + 8)}\" fill=\"#f5c542\" fill-opacity=\"0.45\" />");
        }
        for (var i = 0; i < series.Count; i++)
        {
            var s = series[i];
            var points = s.Points.Select(p => (X: x.Scale(p.X, Left, Width - Right), Y: y.Scale(p.Y, bottom, top))).ToList();
            body.Append("<g class=\"series\">");
            if (points.Count > 1)
            {
                var path = new StringBuilder($"M{Svg.P(points[0].X)} {Svg.P(points[0].Y)}");
                for (var k = 1; k < points.Count; k++)
                {
                    path.Append(s.Steps ? $"H{Svg.P(points[k].X)}V{Svg.P(points[k].Y)}" : $"L{Svg.P(points[k].X)} {Svg.P(points[k].Y)}");
                }
                body.Append($"<path d=\"{path}\" fill=\"none\" stroke=\"{ChartPalette.Colour(i)}\" stroke-width=\"2.5\"{ChartPalette.DashAttribute(i)} />");
            }
            foreach (var m in s.Markers ?? s.Points)
            {
                body.Append(ChartPalette.Marker(i, x.Scale(m.X, Left, Width - Right), y.Scale(m.Y, bottom, top)));
            }
            body.Append("</g>");
        }
        var svg = new StringBuilder();
        Svg.Open(svg, id, title, description, Width, bottom + (x.Title is null ? 24 : 38));
        return svg.Append(body).Append("</svg>").ToString();
    }
}
