using Zicht.Features.CaseReports;

namespace Zicht.Tests.Features.Cases;

/// <summary>Every PDF is A4 with the title (case reference), "vertrouwelijk", the date and page numbers.</summary>
public class PdfFrameTests
{
    [Fact]
    public void The_frame_puts_title_confidentiality_date_and_page_numbers_on_every_A4_page()
    {
        var html = "<html><head><title>Evolutieverslag · OCJ-2025-0007 · Zicht</title></head><body></body></html>";

        var framed = PdfPageFrame.Apply(html, "30/11/2026", new("Vertrouwelijk", "Pagina", "van"));

        Assert.Contains("size:A4", framed);
        Assert.Contains("\"Evolutieverslag · OCJ-2025-0007\"", framed);
        Assert.Contains("\"Vertrouwelijk · 30/11/2026\"", framed);
        Assert.Contains("counter(page)", framed);
        Assert.Contains("counter(pages)", framed);
        Assert.True(framed.IndexOf("<style>", StringComparison.Ordinal) < framed.IndexOf("</head>", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_cannot_break_out_of_the_css_string() =>
        Assert.Contains("\"A\\\" } body{display:none} \\3c /style\\3e \"", PdfPageFrame.Apply("<title>A&quot; } body{display:none} &lt;/style&gt;</title></head>", "1/1/2026", new("V", "P", "v")));
}
