using SkiaSharp;

namespace Zicht.Features.ChildVoice;

/// <summary>
/// An uploaded image is never stored as sent: its size is read from the header and refused above the
/// pixel limit before anything is decoded (a 50 kB file can claim 50 000 × 50 000 pixels), then it is
/// decoded and encoded afresh. That drops what rode along: EXIF (GPS position of a family's home, the
/// camera owner), comments, trailing bytes. The photo is turned upright first, since its orientation lived
/// in the EXIF that goes.
/// </summary>
public static class ImageReencoder
{
    public sealed record Result(byte[]? Bytes, string? Error);

    public static Result Reencode(byte[] upload, string contentType, long maxPixels)
    {
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return new(null, "The image cannot be read.");
        }
        var info = codec.Info;
        if (info.Width <= 0 || info.Height <= 0 || (long)info.Width * info.Height > maxPixels)
        {
            return new(null, "The image has too many pixels. Make it smaller (for example a photo at normal size) and try again.");
        }
        using var decoded = SKBitmap.Decode(codec, info.WithColorType(SKColorType.Rgba8888).WithAlphaType(SKAlphaType.Premul));
        if (decoded is null)
        {
            return new(null, "The image cannot be read.");
        }
        using var upright = Upright(decoded, codec.EncodedOrigin);
        using var image = SKImage.FromBitmap(upright);
        var format = contentType == "image/png" ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg;
        using var encoded = image.Encode(format, 88);
        return encoded is null ? new(null, "The image cannot be read.") : new(encoded.ToArray(), null);
    }

    private static SKBitmap Upright(SKBitmap source, SKEncodedOrigin origin)
    {
        var degrees = origin switch
        {
            SKEncodedOrigin.BottomRight => 180,
            SKEncodedOrigin.RightTop => 90,
            SKEncodedOrigin.LeftBottom => 270,
            _ => 0,
        };
        if (degrees == 0)
        {
            return source.Copy();
        }
        var swap = degrees != 180;
        var rotated = new SKBitmap(swap ? source.Height : source.Width, swap ? source.Width : source.Height, source.ColorType, source.AlphaType);
        using var canvas = new SKCanvas(rotated);
        canvas.Translate(rotated.Width / 2f, rotated.Height / 2f);
        canvas.RotateDegrees(degrees);
        canvas.Translate(-source.Width / 2f, -source.Height / 2f);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default);
        return rotated;
    }
}
