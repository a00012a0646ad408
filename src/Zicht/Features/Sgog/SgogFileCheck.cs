using System.IO.Compression;
using System.Text;

namespace Zicht.Features.Sgog;

/// <summary>A kind of file the register accepts: what its bytes must look like and which names it may carry.</summary>
public sealed record FileKind(string Name, string ContentType, string[] Extensions);

/// <summary>
/// Judges an upload by its bytes (decision 044): the type comes from the content, never from the name or the
/// browser, and a name that claims another type than the content is refused (an executable or an HTML page
/// called .pdf, a picture called .docx). Word documents with macros are refused. Pure: unit-tested.
/// </summary>
public static class SgogFileCheck
{
    public static readonly FileKind Pdf = new("PDF", "application/pdf", [".pdf"]);
    public static readonly FileKind Png = new("PNG", "image/png", [".png"]);
    public static readonly FileKind Jpeg = new("JPEG", "image/jpeg", [".jpg", ".jpeg"]);
    public static readonly FileKind Docx = new("Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);
    public static readonly FileKind Odt = new("OpenDocument", "application/vnd.oasis.opendocument.text", [".odt"]);

    private static readonly byte[] PngHead = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] ZipHead = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>What the bytes are, or null when they are none of the accepted kinds (or a Word document with macros).</summary>
    public static FileKind? Sniff(byte[] bytes)
    {
        var head = bytes.AsSpan();
        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }
        if (head.StartsWith(PngHead))
        {
            return Png;
        }
        if (head.StartsWith((byte[])[0xFF, 0xD8, 0xFF]))
        {
            return Jpeg;
        }
        return head.StartsWith(ZipHead) ? SniffZip(bytes) : null;
    }

    /// <summary>Null when the file may be stored, else a refusal with its text key and arguments.</summary>
    public static (FileKind? Kind, Problem? Problem) Check(string fileName, byte[] bytes, long maxBytes)
    {
        if (bytes.Length == 0)
        {
            return (null, new("Upload", "The file is empty. Nothing was saved."));
        }
        if (bytes.Length > maxBytes)
        {
            return (null, TooLarge(maxBytes));
        }
        if (Sniff(bytes) is not { } kind)
        {
            return (null, new("Upload", "Only PDF, Word (.docx), OpenDocument (.odt), PNG and JPEG files can be added, without macros. Nothing was saved."));
        }
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (!kind.Extensions.Contains(extension))
        {
            return (null, new("Upload", "The file is called {0}, but its content is {1}. Nothing was saved: a file must be what its name says.", Path.GetFileName(fileName), kind.Name));
        }
        return (kind, null);
    }

    public static Problem TooLarge(long maxBytes) =>
        new("Upload", "The file is larger than {0} MB. Nothing was saved; choose a smaller file.", Math.Max(1, maxBytes / (1024 * 1024)));

    /// <summary>Word and OpenDocument files are ZIP packages: read the directory and two small entries, never the whole archive.</summary>
    private static FileKind? SniffZip(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("mimetype") is { } mimetype && ReadSmall(mimetype) == Odt.ContentType)
            {
                return Odt;
            }
            if (zip.GetEntry("word/document.xml") is not null && zip.GetEntry("[Content_Types].xml") is { } types)
            {
                var declared = ReadSmall(types);
                var macros = zip.Entries.Any(e => e.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
                    || declared?.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) != false;
                return macros ? null : Docx;
            }
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static string? ReadSmall(ZipArchiveEntry entry)
    {
        if (entry.Length > 64 * 1024)
        {
            return null;
        }
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd().Trim();
    }
}
