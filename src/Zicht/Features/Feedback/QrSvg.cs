using QRCoder;

namespace Zicht.Features.Feedback;

/// <summary>A QR code as inline SVG, drawn on the server (no script, no external service).</summary>
public static class QrSvg
{
    public static string For(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(8, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
        // Announced by the page text beside it; the drawing itself is decorative for screen readers.
        return svg.Replace("<svg ", "<svg role=\"img\" aria-label=\"QR\" ", StringComparison.Ordinal);
    }
}
