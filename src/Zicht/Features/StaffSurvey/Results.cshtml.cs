using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.StaffSurvey;

/// <summary>
/// Results of a closed wave. Only after closing: a result that changes while people answer would let
/// someone watching it read off the answers of the person who just answered.
/// </summary>
[Authorize(Policy = Policies.StaffSurveyResults)]
public class ResultsModel(ZichtDb db, StaffResults results, IOptions<ZichtOptions> options) : PageModel
{
    public StaffResults.WaveData Data { get; private set; } = null!;
    public StaffGrouping Grouping { get; private set; }
    public int Minimum => options.Value.MinimumGroupSize;
    public bool Shown { get; private set; }
    public bool CanExport => User.Allows(Policies.StaffSurveyExport);

    public async Task<IActionResult> OnGetAsync(Guid id, StaffGrouping? by, CancellationToken ct)
    {
        var data = await results.LoadAsync(id, ct);
        if (data is null || data.Wave.ClosedAt is null)
        {
            return NotFound();
        }
        Data = data;
        Grouping = by ?? StaffGrouping.Role;
        Shown = Surveys.Statistics.SmallGroups.IsShown(data.Responses.Count, Minimum);
        db.RecordAudit(AuditActions.Read, "StaffSurveyResults", id.ToString(), null);
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
