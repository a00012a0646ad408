using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Zicht.Data;

namespace Zicht.Features.ChildVoice;

public sealed class UploadOptions
{
    /// <summary>
    /// Folder where uploads were kept before they moved into the database (decision 067); relative paths are
    /// under the content root. Read only for files `./zicht move-uploads` has not moved yet.
    /// </summary>
    public string Root { get; set; } = "App_Data/uploads";
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Width × height above which an image is refused before it is decoded (decompression bombs).</summary>
    public long MaxPixels { get; set; } = 30_000_000;
}

/// <summary>
/// Accepts only real PNG and JPEG images (judged by their first bytes, never by name or the browser's
/// content type, so an executable renamed .png is refused) and keeps them in the database under a
/// generated key, in the same save as their record, so every app node serves them (decision 067).
/// These three calls (save, open, delete) are the seam for an S3-compatible store, which is not built.
/// </summary>
public sealed class UploadStore(ZichtDb db, IOptions<UploadOptions> options, IWebHostEnvironment env)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    public long MaxBytes => options.Value.MaxBytes;

    /// <summary>The folder of files stored on disk before decision 067.</summary>
    public string LegacyRoot => Path.GetFullPath(Path.Combine(env.ContentRootPath, options.Value.Root));

    /// <summary>The image type of these first bytes, or null when it is not a PNG or JPEG.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head) =>
        head.StartsWith(Png) ? "image/png" : head.StartsWith(Jpeg) ? "image/jpeg" : null;

    /// <summary>
    /// Checks and re-encodes (<see cref="ImageReencoder"/>) a file and adds its bytes to the context: they are
    /// written by the caller's next save, with the upload's record. Returns the storage key and content type, or an error text key.
    /// </summary>
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
        db.Add(new UploadContent { StorageKey = key, CaseId = caseId, Bytes = clean.Bytes });
        return (key, type, null);
    }

    /// <summary>Whether the bytes of this key can be served (from the database, or a file not yet moved).</summary>
    public async Task<bool> ExistsAsync(string key, CancellationToken ct = default) =>
        await db.Set<UploadContent>().IgnoreQueryFilters().AnyAsync(u => u.StorageKey == key, ct) || LegacyPath(key) is { } path && File.Exists(path);

    /// <summary>
    /// Streams the bytes straight from the database reader (PostgreSQL sends them as they are read), or a file not
    /// yet moved; null when neither exists. The stream holds the context's connection: dispose it before the next query.
    /// </summary>
    public async Task<Stream?> OpenAsync(string key, CancellationToken ct = default)
    {
        await db.Database.OpenConnectionAsync(ct);
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT \"Bytes\" FROM \"UploadContents\" WHERE \"StorageKey\" = @key";
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@key";
        parameter.Value = key;
        command.Parameters.Add(parameter);
        var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess | CommandBehavior.SingleRow, ct);
        if (await reader.ReadAsync(ct))
        {
            return new ReaderStream(reader.GetStream(0), reader, command);
        }
        await reader.DisposeAsync();
        await command.DisposeAsync();
        return LegacyPath(key) is { } path && File.Exists(path) ? File.OpenRead(path) : null;
    }

    /// <summary>All bytes of a key (for a PDF that inlines the pictures), or null.</summary>
    public async Task<byte[]?> ReadAllAsync(string key, CancellationToken ct = default)
    {
        await using var stream = await OpenAsync(key, ct);
        if (stream is null)
        {
            return null;
        }
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, ct);
        return copy.ToArray();
    }

    /// <summary>Deletes the bytes once their record is gone (and a file left from before the move); a missing key is not an error.</summary>
    public async Task DeleteAsync(string key, CancellationToken ct = default)
    {
        await db.Set<UploadContent>().IgnoreQueryFilters().Where(u => u.StorageKey == key).ExecuteDeleteAsync(ct);
        if (LegacyPath(key) is { } path && File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>The file of a key under the old upload folder; keys are generated, but a path must never leave that folder.</summary>
    public string? LegacyPath(string key)
    {
        var path = Path.GetFullPath(Path.Combine(LegacyRoot, key));
        return path.StartsWith(LegacyRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? path : null;
    }
}
