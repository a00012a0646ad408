using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Zicht.Features.CaseReports;

/// <summary>
/// The frame every PDF gets (issue 10): A4, a header with the document's title (which names the case
/// reference) and "confidential" with the date, and "page n of m" at the foot. Chromium's command-line
/// printer has no header templates, so this is CSS page-margin boxes, injected into the page printed.
/// </summary>
public static partial class PdfPageFrame
{
    public sealed record Labels(string Confidential, string Page, string Of);

    public static string Apply(string html, string date, Labels labels)
    {
        var title = TitleOf(html);
        var style = new StringBuilder()
            .Append("<style>@page{size:A4;margin:20mm 16mm 18mm 16mm;")
            .Append("@top-left{content:").Append(Quote(title)).Append(";font:9pt sans-serif;color:#333}")
            .Append("@top-right{content:").Append(Quote($"{labels.Confidential} · {date}")).Append(";font:bold 9pt sans-serif;color:#333}")
            .Append("@bottom-center{content:").Append(Quote(labels.Page + " ")).Append(" counter(page) ").Append(Quote($" {labels.Of} ")).Append(" counter(pages);font:9pt sans-serif;color:#333}}")
            .Append("</style>")
            .ToString();
        var head = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        return head < 0 ? style + html : html.Insert(head, style);
    }

    /// <summary>The page's title without the site name ("Evolutieverslag · OCJ-2025-0007").</summary>
    public static string TitleOf(string html)
    {
        var match = Title().Match(html);
        var title = match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value).Trim() : "";
        return title.EndsWith(" · Zicht", StringComparison.Ordinal) ? title[..^" · Zicht".Length] : title;
    }

    /// <summary>A CSS string: quotes, backslashes and line ends escaped, so a title cannot break out of it.</summary>
    private static string Quote(string text)
    {
        var escaped = new StringBuilder("\"");
        foreach (var ch in text)
        {
            escaped.Append(ch switch
            {
                '"' or '\\' => "\\" + ch,
                '\n' or '\r' or '<' or '>' => $"\\{(int)ch:x} ",
                _ => ch.ToString(),
            });
        }
        return escaped.Append('"').ToString();
    }

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Title();
}
