using System.Text;

namespace Zicht.Infrastructure.Charts;

/// <summary>One row of a dot chart: its label and a value per series (null: nothing to draw, e.g. hidden).</summary>
public sealed record DotRow(string Label, IReadOnlyList<double?> Values);

/// <summary>
/// A dot chart as inline SVG: one row per item (a step, a duration), each with its label above a line
/// on which every series puts its marker. Reads like the table beside it, row for row; with a legend,
/// a labelled value axis and grid lines through every row.
/// </summary>
public sealed class DotChart(string id, string title, string description, ChartAxis x, IReadOnlyList<string> series, IReadOnlyList<DotRow> rows)
{
    public const int Left = 14, Right = 18, RowHeight = 34;

    /// <summary>The plot starts a little right of the labels, so a marker at the axis minimum is drawn whole.</summary>
    private const int PlotLeft = Left + 8;
    public int Width { get; init; } = 560;

    public string Render()
    {
        var body = new StringBuilder();
        var top = Svg.Legend(body, series, Left, Width - Right, lines: false) + 6;
        var bottom = top + (rows.Count * RowHeight) + 4;
        Svg.CategoryAxis(body, x, PlotLeft, Width - Right, top, bottom);
        for (var r = 0; r < rows.Count; r++)
        {
            var rowTop = top + (r * RowHeight);
            Svg.Text(body, Left, rowTop + 13, rows[r].Label, size: 11);
            var lineY = rowTop + 24;
            body.Append($"<line x1=\"{PlotLeft}\" x2=\"{Width - Right}\" y1=\"{Svg.P(lineY)}\" y2=\"{Svg.P(lineY)}\" stroke=\"{Svg.GridColour}\" stroke-dasharray=\"1 3\" />");
            for (var s = 0; s < rows[r].Values.Count; s++)
            {
                if (rows[r].Values[s] is { } v)
                {
                    // Series a little above and below each other, so equal values stay visible.
                    var count = rows[r].Values.Count;
                    var offset = count <= 1 ? 0 : (s - ((count - 1) / 2.0)) * Math.Min(6, 16.0 / (count - 1));
                    body.Append(ChartPalette.Marker(s, x.Scale(Math.Clamp(v, x.Min, x.Max), PlotLeft, Width - Right), lineY + offset, 4.5));
                }
            }
        }
        var svg = new StringBuilder();
        Svg.Open(svg, id, title, description, Width, bottom + (x.Title is null ? 24 : 38));
        return svg.Append(body).Append("</svg>").ToString();
    }
}
