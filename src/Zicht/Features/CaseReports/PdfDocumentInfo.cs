using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Zicht.Features.CaseReports;

/// <summary>
/// The document properties every PDF carries (issue 10): title, author, subject, language and creation date.
/// Chromium's command-line printer writes only the title, its own user agent as creator, and the language of the
/// page; so the properties are written as a PDF incremental update (ISO 32000 §7.5.6): a new information
/// dictionary (and, when the page had no language, a new catalog with /Lang) appended after the original bytes,
/// with a cross-reference section that points back to the original one. The original bytes stay untouched.
/// </summary>
public static partial class PdfDocumentInfo
{
    public sealed record Properties(string Title, string Author, string Subject, string Language, DateTimeOffset Created);

    /// <summary>The PDF with <paramref name="p"/> as its properties; a PDF this cannot read (no classic trailer) comes back as it was.</summary>
    public static byte[] Apply(byte[] pdf, Properties p)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var trailer = text.LastIndexOf("trailer", StringComparison.Ordinal);
        var startXref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (trailer < 0 || startXref < trailer || Size().Match(text, trailer) is not { Success: true } size || Root().Match(text, trailer) is not { Success: true } root
            || StartXref().Match(text, startXref) is not { Success: true } previous)
        {
            return pdf;
        }
        var infoNumber = int.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture);
        var rootNumber = int.Parse(root.Groups[1].Value, CultureInfo.InvariantCulture);
        var update = new StringBuilder(text.EndsWith('\n') ? "" : "\n");
        var offsets = new SortedDictionary<int, long>();

        if (CatalogWithLanguage(text, rootNumber, p.Language) is { } catalog)
        {
            offsets[rootNumber] = pdf.Length + update.Length;
            update.Append(CultureInfo.InvariantCulture, $"{rootNumber} 0 obj\n{catalog}\nendobj\n");
        }
        offsets[infoNumber] = pdf.Length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"{infoNumber} 0 obj\n<</Title {Text(p.Title)}\n/Author {Text(p.Author)}\n/Subject {Text(p.Subject)}\n")
            .Append(CultureInfo.InvariantCulture, $"/Creator (Zicht)\n/Producer (Zicht, Chromium)\n/CreationDate ({Date(p.Created)})\n/ModDate ({Date(p.Created)})>>\nendobj\n");

        var xref = pdf.Length + update.Length;
        update.Append("xref\n");
        foreach (var (number, offset) in offsets)
        {
            update.Append(CultureInfo.InvariantCulture, $"{number} 1\n{offset:0000000000} 00000 n \n");
        }
        update.Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {infoNumber + 1}\n/Root {rootNumber} 0 R\n/Info {infoNumber} 0 R\n/Prev {previous.Groups[1].Value}>>\n")
            .Append(CultureInfo.InvariantCulture, $"startxref\n{xref}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }

    /// <summary>The catalog with /Lang added, or null when it has one already (Chromium copies the page's lang) or cannot be found.</summary>
    private static string? CatalogWithLanguage(string text, int number, string language)
    {
        var start = text.LastIndexOf($"\n{number} 0 obj", StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf("endobj", start, StringComparison.Ordinal);
        if (end < 0)
        {
            return null;
        }
        var body = text[(text.IndexOf("obj", start, StringComparison.Ordinal) + 3)..end].Trim();
        if (body.Contains("/Lang", StringComparison.Ordinal) || !body.EndsWith(">>", StringComparison.Ordinal))
        {
            return null;
        }
        return body[..^2] + $"\n/Lang {Text(language)}>>";
    }

    /// <summary>A PDF text string: UTF-16BE with its byte-order mark, as hex, so any character and no delimiter survives.</summary>
    private static string Text(string value) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";

    private static string Date(DateTimeOffset on)
    {
        var offset = on.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        return on.ToString("'D:'yyyyMMddHHmmss", CultureInfo.InvariantCulture) + $"{sign}{Math.Abs(offset.Hours):00}'{Math.Abs(offset.Minutes):00}'";
    }

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex Size();

    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")]
    private static partial Regex Root();

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();
}
