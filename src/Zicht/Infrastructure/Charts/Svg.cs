using System.Globalization;
using System.Net;
using System.Text;

namespace Zicht.Infrastructure.Charts;

/// <summary>
/// Writing SVG by hand: coordinates in the invariant culture (an SVG attribute is never "12,5"), text
/// encoded, and the parts every chart shares (title and description, legend, axes).
/// </summary>
internal static class Svg
{
    public const string TextColour = "#222", GridColour = "#d5dbe3", AxisColour = "#555";

    public static string P(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Encode(string text) => WebUtility.HtmlEncode(text);

    public static void Text(StringBuilder svg, double x, double y, string text, string anchor = "start", int size = 12, string? extra = null) =>
        svg.Append($"<text x=\"{P(x)}\" y=\"{P(y)}\" text-anchor=\"{anchor}\" font-size=\"{size}\" fill=\"{TextColour}\"{extra}>{Encode(text)}</text>");

    /// <summary>A rough text width (no font metrics on the server): enough to wrap a legend and thin out labels.</summary>
    public static double Width(string text, int size = 12) => text.Length * size * 0.56;

    /// <summary>The opening tag with the accessible name and description; the numbers are in the table beside the chart.</summary>
    public static void Open(StringBuilder svg, string id, string title, string description, int width, double height) =>
        svg.Append($"<svg class=\"chart\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {width} {P(height)}\" width=\"{width}\" height=\"{P(height)}\" font-family=\"inherit\">")
            .Append($"<title id=\"{id}-title\">{Encode(title)}</title><desc id=\"{id}-desc\">{Encode(description)}</desc>");

    /// <summary>Lays the legend out in rows from the top; returns the height it takes.</summary>
    public static double Legend(StringBuilder svg, IReadOnlyList<string> names, double left, double right, bool lines)
    {
        if (names.Count == 0)
        {
            return 0;
        }
        double x = left, y = 12;
        for (var i = 0; i < names.Count; i++)
        {
            var width = 32 + Width(names[i]) + 14;
            if (x > left && x + width > right)
            {
                x = left;
                y += 18;
            }
            svg.Append(ChartPalette.Sample(i, x, y - 4, lines));
            Text(svg, x + 30, y, names[i]);
            x += width;
        }
        return y + 10;
    }

    /// <summary>Horizontal grid and labels of a value axis, from <paramref name="top"/> to <paramref name="bottom"/>.</summary>
    public static void ValueAxis(StringBuilder svg, ChartAxis axis, double left, double right, double top, double bottom)
    {
        foreach (var tick in axis.Ticks)
        {
            var y = axis.Scale(tick.Value, bottom, top);
            svg.Append($"<line x1=\"{P(left)}\" x2=\"{P(right)}\" y1=\"{P(y)}\" y2=\"{P(y)}\" stroke=\"{GridColour}\" />");
            if (tick.Label is { } label)
            {
                Text(svg, left - 5, y + 4, label, "end", 11);
            }
        }
        svg.Append($"<line x1=\"{P(left)}\" x2=\"{P(left)}\" y1=\"{P(top)}\" y2=\"{P(bottom)}\" stroke=\"{AxisColour}\" />");
        if (axis.Title is { } title)
        {
            Text(svg, 12, (top + bottom) / 2, title, "middle", 11, $" transform=\"rotate(-90 12 {P((top + bottom) / 2)})\"");
        }
    }

    /// <summary>Vertical grid and labels of the horizontal axis; labels are thinned out when they would overlap.</summary>
    public static void CategoryAxis(StringBuilder svg, ChartAxis axis, double left, double right, double top, double bottom)
    {
        var labelled = axis.Ticks.Where(t => t.Label is not null).ToList();
        var every = 1;
        if (labelled.Count > 1)
        {
            var spacing = (right - left) * (labelled[1].Value - labelled[0].Value) / Math.Max(1e-9, axis.Max - axis.Min);
            var widest = labelled.Max(t => Width(t.Label!, 11)) + 8;
            every = Math.Max(1, (int)Math.Ceiling(widest / Math.Max(1, Math.Abs(spacing))));
        }
        foreach (var tick in axis.Ticks.Where(t => t.Grid))
        {
            var x = axis.Scale(tick.Value, left, right);
            svg.Append($"<line x1=\"{P(x)}\" x2=\"{P(x)}\" y1=\"{P(top)}\" y2=\"{P(bottom)}\" stroke=\"{GridColour}\" />");
        }
        for (var i = 0; i < labelled.Count; i += every)
        {
            Text(svg, axis.Scale(labelled[i].Value, left, right), bottom + 15, labelled[i].Label!, "middle", 11);
        }
        svg.Append($"<line x1=\"{P(left)}\" x2=\"{P(right)}\" y1=\"{P(bottom)}\" y2=\"{P(bottom)}\" stroke=\"{AxisColour}\" />");
        if (axis.Title is { } title)
        {
            Text(svg, (left + right) / 2, bottom + 31, title, "middle", 11);
        }
    }
}
