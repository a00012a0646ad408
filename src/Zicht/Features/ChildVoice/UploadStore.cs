using Microsoft.Extensions.Options;

namespace Zicht.Features.ChildVoice;

public sealed class UploadOptions
{
    /// <summary>Folder for uploaded files, outside wwwroot; relative paths are under the content root.</summary>
    public string Root { get; set; } = "App_Data/uploads";
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Width × height above which an image is refused before it is decoded (decompression bombs).</summary>
    public long MaxPixels { get; set; } = 30_000_000;
}

/// <summary>
/// Accepts only real PNG and JPEG images (judged by their first bytes, never by name or the browser's
/// content type, so an executable renamed .png is refused) and stores them under a generated name.
/// </summary>
public sealed class UploadStore(IOptions<UploadOptions> options, IWebHostEnvironment env)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    public long MaxBytes => options.Value.MaxBytes;

    private string Root => Path.GetFullPath(Path.Combine(env.ContentRootPath, options.Value.Root));

    /// <summary>The image type of these first bytes, or null when it is not a PNG or JPEG.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head) =>
        head.StartsWith(Png) ? "image/png" : head.StartsWith(Jpeg) ? "image/jpeg" : null;

    /// <summary>Checks, re-encodes (<see cref="ImageReencoder"/>) and stores a file. Returns the storage key and content type, or an error text key.</summary>
    public async Task<(string? Key, string? ContentType, string? Error)> SaveAsync(IFormFile file, Guid caseId, CancellationToken ct = default)
    {
        if (file.Length == 0)
        {
            return (null, null, "The file is empty.");
        }
        if (file.Length > MaxBytes)
        {
            return (null, null, "The file is too large.");
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var type = Sniff(buffer.GetBuffer().AsSpan(0, (int)Math.Min(buffer.Length, 16)));
        if (type is null)
        {
            return (null, null, "Only PNG and JPEG images can be uploaded.");
        }
        var clean = ImageReencoder.Reencode(buffer.ToArray(), type, options.Value.MaxPixels);
        if (clean.Bytes is null)
        {
            return (null, null, clean.Error);
        }
        var key = $"{caseId:N}/{Guid.CreateVersion7():N}";
        var path = Path.Combine(Root, key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, clean.Bytes, ct);
        return (key, type, null);
    }

    public Stream? Open(string key)
    {
        var path = Path.GetFullPath(Path.Combine(Root, key));
        // Keys are generated, but a path must never leave the upload root.
        return path.StartsWith(Root, StringComparison.Ordinal) && File.Exists(path) ? File.OpenRead(path) : null;
    }

    /// <summary>Deletes a stored file once its record is gone; a missing file is not an error.</summary>
    public void Delete(string key)
    {
        var path = Path.GetFullPath(Path.Combine(Root, key));
        if (path.StartsWith(Root, StringComparison.Ordinal))
        {
            File.Delete(path);
        }
    }

}
