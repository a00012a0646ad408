using System.Text;
using System.Text.RegularExpressions;

namespace Zicht.Tests;

/// <summary>
/// Reads a PDF's document properties back, as a PDF reader does: the last trailer's /Info and /Root, the newest
/// definition of those objects, their text strings decoded (literal or UTF-16 hex).
/// </summary>
public static partial class PdfProperties
{
    public sealed record Read(string? Title, string? Author, string? Subject, string? Creator, string? CreationDate, string? Language);

    public static Read Of(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var trailer = text[text.LastIndexOf("trailer", StringComparison.Ordinal)..];
        var info = Dictionary(text, int.Parse(InfoRef().Match(trailer).Groups[1].Value));
        var root = Dictionary(text, int.Parse(RootRef().Match(trailer).Groups[1].Value));
        return new Read(Value(info, "Title"), Value(info, "Author"), Value(info, "Subject"), Value(info, "Creator"), Value(info, "CreationDate"), Value(root, "Lang"));
    }

    /// <summary>The dictionary of the last "n 0 obj" in the file (an incremental update redefines an object further on).</summary>
    private static string Dictionary(string text, int number)
    {
        var start = text.LastIndexOf($"\n{number} 0 obj", StringComparison.Ordinal);
        return text[start..text.IndexOf("endobj", start, StringComparison.Ordinal)];
    }

    private static string? Value(string dictionary, string key)
    {
        var match = Regex.Match(dictionary, $@"/{key}\s*(<[0-9A-Fa-f]*>|\((?:\\.|[^\\)])*\))");
        if (!match.Success)
        {
            return null;
        }
        var raw = match.Groups[1].Value;
        if (raw.StartsWith('<'))
        {
            var bytes = Convert.FromHexString(raw[1..^1]);
            return bytes is [0xFE, 0xFF, ..] ? Encoding.BigEndianUnicode.GetString(bytes[2..]) : Encoding.Latin1.GetString(bytes);
        }
        return Regex.Unescape(raw[1..^1].Replace("\\(", "(").Replace("\\)", ")"));
    }

    [GeneratedRegex(@"/Info\s+(\d+)\s+0\s+R")]
    private static partial Regex InfoRef();

    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")]
    private static partial Regex RootRef();
}
