using Zicht.Features.Casework;
using Zicht.Features.ChildVoice;

namespace Zicht.Features.WordsAndPictures;

/// <summary>What the pages that write a document share: storing a picture with it.</summary>
public abstract class DocumentPageModel(CaseworkServices services, UploadStore store) : CaseworkPageModel(services)
{
    protected UploadStore Store => store;

    /// <summary>The file stored by the last <see cref="AddPictureAsync"/>, to delete if the save then fails.</summary>
    protected string? StoredKey { get; private set; }

    /// <summary>
    /// Stores <paramref name="picture"/> (if any) for the document; the upload row joins the next save.
    /// A refused file leaves nothing behind and an error on the form field; returns false then.
    /// </summary>
    protected async Task<bool> AddPictureAsync(Guid documentId, IFormFile? picture, string field = "Input.Picture")
    {
        if (picture is null)
        {
            return true;
        }
        var (key, type, error) = await store.SaveAsync(picture, Case.Id);
        if (error is not null)
        {
            ModelState.AddModelError(field, T[error]);
            Db.ChangeTracker.Clear();
            return false;
        }
        StoredKey = key;
        // Made with and for the family, so its pictures are part of what parents see.
        Db.Add(new CaseUpload { CaseId = Case.Id, WordsAndPicturesId = documentId, OriginalName = Path.GetFileName(picture.FileName), ContentType = type!, Length = picture.Length, StorageKey = key!, SharedWithParents = true });
        return true;
    }
}
