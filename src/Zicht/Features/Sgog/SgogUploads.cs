namespace Zicht.Features.Sgog;

/// <summary>Reads an upload within the limit and checks it (<see cref="SgogFileCheck"/>); the page keeps everything else the user typed.</summary>
public static class SgogUploads
{
    /// <summary>The form limit for upload pages: far above <see cref="SgogOptions.MaxUploadBytes"/>, so a file that is too large still gets a clear message.</summary>
    public const long RequestLimit = 32 * 1024 * 1024;

    public static async Task<(SgogFile? File, Problem? Problem)> ReadAsync(IFormFile? upload, long maxBytes, Guid organisationId, Guid staffId, DateOnly today, CancellationToken ct)
    {
        if (upload is null)
        {
            return (null, new("Upload", "Choose a file."));
        }
        if (upload.Length > maxBytes)
        {
            // Refused before reading it.
            return (null, SgogFileCheck.TooLarge(maxBytes));
        }
        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var (kind, problem) = SgogFileCheck.Check(upload.FileName, bytes, maxBytes);
        if (kind is null)
        {
            return (null, problem);
        }
        return (new SgogFile
        {
            OrganisationId = organisationId,
            OriginalName = Path.GetFileName(upload.FileName),
            ContentType = kind.ContentType,
            Length = bytes.Length,
            Content = bytes,
            UploadedOn = today,
            UploadedById = staffId,
        }, null);
    }
}
