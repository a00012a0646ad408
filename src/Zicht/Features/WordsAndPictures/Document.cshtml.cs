using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Casework;
using Zicht.Features.ChildVoice;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.WordsAndPictures;

/// <summary>One document, laid out for printing.</summary>
public class DocumentModel(CaseworkServices services) : CaseworkPageModel(services)
{
    public WordsAndPicturesDocument Document { get; private set; } = null!;
    public List<CaseUpload> Pictures { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid documentId)
    {
        if (!await OpenAsync(id, CaseOperation.Read, "WordsAndPicturesDocument"))
        {
            return NotFound();
        }
        var doc = await Db.Set<WordsAndPicturesDocument>().AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.CaseId == id);
        if (doc is null)
        {
            return NotFound();
        }
        Document = doc;
        Pictures = await Db.Set<CaseUpload>().AsNoTracking().Where(u => u.WordsAndPicturesId == documentId).ToListAsync();
        return Page();
    }
}
