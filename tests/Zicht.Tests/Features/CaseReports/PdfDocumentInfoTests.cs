using System.Text;
using Zicht.Features.CaseReports;

namespace Zicht.Tests.Features.CaseReports;

/// <summary>The document properties every PDF gets, written as an incremental update after Chromium's bytes.</summary>
public class PdfDocumentInfoTests
{
    private static readonly PdfDocumentInfo.Properties Properties =
        new("Evolutieverslag · OCJ-2026-0001", "Opgroeien · Zicht", "Evolutieverslag voor de jeugdrechter", "nl-BE", new DateTimeOffset(2026, 11, 30, 21, 5, 0, TimeSpan.FromHours(1)));

    [Fact]
    public void A_pdf_gets_title_author_subject_language_and_creation_date_and_keeps_its_original_bytes()
    {
        var original = MinimalPdf(withLanguage: false);

        var updated = PdfDocumentInfo.Apply(original, Properties);

        Assert.Equal(original, updated[..original.Length]);
        var read = PdfProperties.Of(updated);
        Assert.Equal(("Evolutieverslag · OCJ-2026-0001", "Opgroeien · Zicht", "Evolutieverslag voor de jeugdrechter", "nl-BE", "Zicht"),
            (read.Title, read.Author, read.Subject, read.Language, read.Creator));
        Assert.Equal("D:20261130210500+01'00'", read.CreationDate);
        var previous = System.Text.RegularExpressions.Regex.Match(Encoding.Latin1.GetString(original), @"startxref\n(\d+)").Groups[1].Value;
        Assert.Contains($"/Prev {previous}>>", Encoding.Latin1.GetString(updated[original.Length..]));
    }

    [Fact]
    public void A_language_the_page_set_already_is_kept()
    {
        var updated = PdfDocumentInfo.Apply(MinimalPdf(withLanguage: true), Properties with { Language = "en-GB" });

        Assert.Equal("nl-BE", PdfProperties.Of(updated).Language);
    }

    [Fact]
    public void Bytes_without_a_classic_trailer_come_back_unchanged()
    {
        var bytes = Encoding.Latin1.GetBytes("%PDF-1.7\n% a cross-reference stream only\n");

        Assert.Same(bytes, PdfDocumentInfo.Apply(bytes, Properties));
    }

    /// <summary>A small PDF with a classic cross-reference table, offsets computed.</summary>
    private static byte[] MinimalPdf(bool withLanguage)
    {
        var objects = new[]
        {
            "<</Title (Oud)\n/Producer (Skia/PDF)>>",
            $"<</Type /Catalog\n/Pages 3 0 R{(withLanguage ? "\n/Lang (nl-BE)" : "")}>>",
            "<</Type /Pages\n/Kids []\n/Count 0>>",
        };
        var text = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = text.Length;
        text.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets)
        {
            text.Append($"{o:0000000000} 00000 n \n");
        }
        text.Append($"trailer\n<</Size {objects.Length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(text.ToString());
    }
}
