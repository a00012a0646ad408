using System.Globalization;

namespace Zicht.Infrastructure.Charts;

/// <summary>
/// How series are told apart: by colour, and never by colour alone. The colours are the Okabe–Ito set
/// (distinct for the common colour-vision deficiencies) with the light ones replaced by dark ones, so
/// every line and marker has at least 3:1 contrast on white (WCAG 1.4.11); each series also has its own
/// marker shape and dash pattern, so a grey print or a reader without colour still tells them apart.
/// </summary>
public static class ChartPalette
{
    public static readonly string[] Colours = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#332288", "#8C510A", "#555555", "#882255"];

    private static readonly string[] Dashes = ["", "7 3", "2 3", "9 3 2 3"];

    public static int Count => Colours.Length;

    public static string Colour(int series) => Colours[series % Colours.Length];

    /// <summary>The SVG <c>stroke-dasharray</c>; empty for a solid line.</summary>
    public static string Dash(int series) => Dashes[series % Dashes.Length];

    /// <summary>The marker of a series at (x, y): circle, square, triangle, diamond, triangle down, cross, plus, ring.</summary>
    public static string Marker(int series, double x, double y, double r = 4)
    {
        var c = Colour(series);
        string P(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
        string Poly(params (double X, double Y)[] points) =>
            $"<polygon points=\"{string.Join(" ", points.Select(p => P(p.X) + "," + P(p.Y)))}\" fill=\"{c}\" stroke=\"#fff\" stroke-width=\"1\" />";
        return (series % 8) switch
        {
            0 => $"<circle cx=\"{P(x)}\" cy=\"{P(y)}\" r=\"{P(r)}\" fill=\"{c}\" stroke=\"#fff\" stroke-width=\"1\" />",
            1 => $"<rect x=\"{P(x - r)}\" y=\"{P(y - r)}\" width=\"{P(2 * r)}\" height=\"{P(2 * r)}\" fill=\"{c}\" stroke=\"#fff\" stroke-width=\"1\" />",
            2 => Poly((x, y - r - 1), (x + r + 1, y + r), (x - r - 1, y + r)),
            3 => Poly((x, y - r - 1), (x + r + 1, y), (x, y + r + 1), (x - r - 1, y)),
            4 => Poly((x - r - 1, y - r), (x + r + 1, y - r), (x, y + r + 1)),
            5 => $"<path d=\"M{P(x - r)} {P(y - r)}L{P(x + r)} {P(y + r)}M{P(x - r)} {P(y + r)}L{P(x + r)} {P(y - r)}\" stroke=\"{c}\" stroke-width=\"2.5\" />",
            6 => $"<path d=\"M{P(x - r - 1)} {P(y)}H{P(x + r + 1)}M{P(x)} {P(y - r - 1)}V{P(y + r + 1)}\" stroke=\"{c}\" stroke-width=\"2.5\" />",
            _ => $"<circle cx=\"{P(x)}\" cy=\"{P(y)}\" r=\"{P(r)}\" fill=\"#fff\" stroke=\"{c}\" stroke-width=\"2.5\" />",
        };
    }

    /// <summary>A line sample with the marker: the key of a series, in the chart's legend and beside its row in the table.</summary>
    public static string Sample(int series, double x, double y, bool line = true) =>
        (line ? $"<line x1=\"{x.ToString(CultureInfo.InvariantCulture)}\" x2=\"{(x + 24).ToString(CultureInfo.InvariantCulture)}\" y1=\"{y.ToString(CultureInfo.InvariantCulture)}\" y2=\"{y.ToString(CultureInfo.InvariantCulture)}\" stroke=\"{Colour(series)}\" stroke-width=\"2.5\"{DashAttribute(series)} />" : "")
        + Marker(series, x + 12, y);

    /// <summary>The key as a small inline SVG for a table row; decorative, the row names the series.</summary>
    public static string Key(int series, bool line = true) =>
        $"<svg class=\"chart-key\" width=\"28\" height=\"12\" viewBox=\"0 0 28 12\" aria-hidden=\"true\" focusable=\"false\">{Sample(series, 2, 6, line)}</svg>";

    public static string DashAttribute(int series) => Dash(series) is { Length: > 0 } d ? $" stroke-dasharray=\"{d}\"" : "";
}
