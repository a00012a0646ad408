using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Casework;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Mapping;

/// <summary>What changed between two saved versions (or a version and the one before it).</summary>
public class CompareModel(CaseworkServices services) : CaseworkPageModel(services)
{
    public int From { get; private set; }
    public int To { get; private set; }
    public MappingDiff? Diff { get; private set; }
    public IReadOnlyList<StatementSnapshot> Newer { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, int? van, int tot)
    {
        if (!await OpenAsync(id, CaseOperation.Read, "MappingVersion"))
        {
            return NotFound();
        }
        To = tot;
        From = van ?? tot - 1;
        // Only the two snapshots asked for are read.
        var pair = await Db.Set<MappingVersion>().AsNoTracking()
            .Where(v => v.CaseId == id && (v.Number == From || v.Number == To)).ToListAsync();
        var newer = pair.FirstOrDefault(v => v.Number == To);
        if (newer is null)
        {
            return NotFound();
        }
        Newer = newer.Statements();
        var older = pair.FirstOrDefault(v => v.Number == From)?.Statements() ?? [];
        Diff = MappingDiff.Compare(older, Newer);
        return Page();
    }
}
