using System.IO.Compression;
using System.Text;
using Zicht.Features.Sgog;

namespace Zicht.Tests.Features.Sgog;

/// <summary>Uploads are judged by their bytes: accepted kinds, disguised files, macros, empty and oversized files.</summary>
public class SgogFileCheckTests
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF");
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    public static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00];
    public static readonly byte[] Html = Encoding.ASCII.GetBytes("<html><script>alert(1)</script></html>");

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write(content);
            }
        }
        return stream.ToArray();
    }

    public static byte[] Docx(bool macros = false) => Zip(
        ("[Content_Types].xml", macros ? "<Types><Override ContentType=\"application/vnd.ms-word.document.macroEnabled.main+xml\"/></Types>" : "<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"),
        ("word/document.xml", "<w:document/>"));

    [Fact]
    public void Accepted_kinds_are_recognised_by_their_content()
    {
        Assert.Same(SgogFileCheck.Pdf, SgogFileCheck.Sniff(Pdf));
        Assert.Same(SgogFileCheck.Png, SgogFileCheck.Sniff(Png));
        Assert.Same(SgogFileCheck.Jpeg, SgogFileCheck.Sniff([0xFF, 0xD8, 0xFF, 0xE0]));
        Assert.Same(SgogFileCheck.Docx, SgogFileCheck.Sniff(Docx()));
        Assert.Same(SgogFileCheck.Odt, SgogFileCheck.Sniff(Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<x/>"))));
    }

    public static TheoryData<string, byte[], string> Refused() => new()
    {
        { "verslag.pdf", Exe, "Only PDF, Word (.docx), OpenDocument (.odt), PNG and JPEG files can be added, without macros. Nothing was saved." },
        { "verslag.pdf", Html, "Only PDF, Word (.docx), OpenDocument (.odt), PNG and JPEG files can be added, without macros. Nothing was saved." },
        { "verslag.pdf", Png, "The file is called {0}, but its content is {1}. Nothing was saved: a file must be what its name says." },
        { "foto.png", Pdf, "The file is called {0}, but its content is {1}. Nothing was saved: a file must be what its name says." },
        { "verslag", Pdf, "The file is called {0}, but its content is {1}. Nothing was saved: a file must be what its name says." },
        { "verslag.docx", Docx(macros: true), "Only PDF, Word (.docx), OpenDocument (.odt), PNG and JPEG files can be added, without macros. Nothing was saved." },
        { "verslag.docx", Zip(("readme.txt", "not a document")), "Only PDF, Word (.docx), OpenDocument (.odt), PNG and JPEG files can be added, without macros. Nothing was saved." },
        { "verslag.docx", [0x50, 0x4B, 0x03, 0x04, 1, 2, 3], "Only PDF, Word (.docx), OpenDocument (.odt), PNG and JPEG files can be added, without macros. Nothing was saved." },
        { "leeg.pdf", [], "The file is empty. Nothing was saved." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Disguised_unknown_and_empty_files_are_refused(string name, byte[] bytes, string message)
    {
        var (kind, problem) = SgogFileCheck.Check(name, bytes, 1024 * 1024);
        Assert.Null(kind);
        Assert.Equal(message, problem!.Text);
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_and_names_the_limit()
    {
        var (kind, problem) = SgogFileCheck.Check("groot.pdf", [.. Pdf, .. new byte[3 * 1024 * 1024]], 2 * 1024 * 1024);
        Assert.Null(kind);
        Assert.Equal(("The file is larger than {0} MB. Nothing was saved; choose a smaller file.", 2L), (problem!.Text, (long)problem.Args[0]));
        Assert.Same(SgogFileCheck.Pdf, SgogFileCheck.Check("Kader.PDF", Pdf, 1024).Kind);
    }
}
