using System.Text;
using SkiaSharp;
using Zicht.Features.ChildVoice;

namespace Zicht.Tests.Features.ChildVoice;

/// <summary>What rides along in an image never reaches storage; an image that would explode in memory is refused unread.</summary>
public class ImageReencoderTests
{
    /// <summary>74 bytes whose header claims 50 000 × 50 000 pixels (2.5 gigapixels, 10 GB decoded).</summary>
    private static readonly byte[] PngBomb = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAw1AAAMNQCAAAAABuxGIWAAAAEUlEQVR42mNgGAWjYBQMdwAAA+gAAc5JTFgAAAAASUVORK5CYII=");

    private static byte[] JpegWithExif(string secret)
    {
        using var bitmap = new SKBitmap(8, 4);
        bitmap.Erase(SKColors.CornflowerBlue);
        using var image = SKImage.FromBitmap(bitmap);
        var plain = image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
        // An APP1 Exif segment right after the start marker, as a phone writes it (here with a GPS note).
        var tiff = new byte[] { 0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00 }.Concat(Encoding.ASCII.GetBytes(secret)).ToArray();
        var payload = Encoding.ASCII.GetBytes("Exif\0\0").Concat(tiff).ToArray();
        var length = payload.Length + 2;
        var segment = new byte[] { 0xFF, 0xE1, (byte)(length >> 8), (byte)length }.Concat(payload);
        return plain.Take(2).Concat(segment).Concat(plain.Skip(2)).ToArray();
    }

    [Fact]
    public void A_photo_is_stored_without_its_exif_and_still_shows_the_same_picture()
    {
        var upload = JpegWithExif("GPS 51.0543N 3.7174E Kerkstraat 12 Gent");
        Assert.Contains("Kerkstraat", Encoding.ASCII.GetString(upload));

        var result = ImageReencoder.Reencode(upload, "image/jpeg", 30_000_000);

        Assert.Null(result.Error);
        var stored = Encoding.ASCII.GetString(result.Bytes!);
        Assert.DoesNotContain("Kerkstraat", stored);
        Assert.DoesNotContain("Exif", stored);
        using var decoded = SKBitmap.Decode(result.Bytes);
        Assert.Equal((8, 4), (decoded.Width, decoded.Height));
    }

    [Fact]
    public void A_decompression_bomb_is_refused_by_its_header_with_a_clear_message()
    {
        var result = ImageReencoder.Reencode(PngBomb, "image/png", 30_000_000);

        Assert.Null(result.Bytes);
        Assert.StartsWith("The image has too many pixels.", result.Error);
    }

    [Fact]
    public void Bytes_that_only_start_like_an_image_are_refused()
    {
        var fake = ChildVoiceTests.TinyPng.Take(16).Concat(new byte[200]).ToArray();

        Assert.Equal("The image cannot be read.", ImageReencoder.Reencode(fake, "image/png", 30_000_000).Error);
    }
}
