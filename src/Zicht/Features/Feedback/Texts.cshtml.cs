using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;
using Zicht.Infrastructure.Web;

namespace Zicht.Features.Feedback;

/// <summary>
/// A team lead reads the open answers of their team that a report would show, redacts where needed and
/// releases them together (<see cref="FeedbackTexts"/>). Only the team's own leads: another team's texts
/// do not exist for anybody else, and aggregate-only staff never read texts before they are released.
/// </summary>
[Authorize(Policy = Policies.FeedbackReports)]
public class TextsModel(ZichtDb db, FeedbackTexts texts, RequestContext context, IOptions<ZichtOptions> options, IStringLocalizer<SharedText> t) : PageModel
{
    public Guid TeamId { get; private set; }
    public string TeamName { get; private set; } = "";
    public List<PendingText> Pending { get; private set; } = [];
    public int Minimum => options.Value.MinimumGroupSize;

    public async Task<IActionResult> OnGetAsync(Guid team, CancellationToken ct)
    {
        if (!await LoadTeamAsync(team, ct))
        {
            return NotFound();
        }
        Pending = await texts.PendingAsync(team, Minimum, ct);
        db.RecordAudit(AuditActions.Read, "FeedbackTexts", team.ToString(), null, $"{Pending.Count} open answers waiting");
        await db.SaveChangesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid team, CancellationToken ct)
    {
        if (!await LoadTeamAsync(team, ct))
        {
            return NotFound();
        }
        var edits = new Dictionary<(Guid, string), string>();
        foreach (var (key, value) in Request.Form)
        {
            // Names look like "text:{response id}:{item key}"; anything else, or a response that is not
            // pending for this team, is ignored by the release (ids from outside are distrusted).
            var parts = key.Split(':', 3);
            if (parts is ["text", var id, var item] && Guid.TryParse(id, out var responseId))
            {
                edits[(responseId, item)] = value.ToString();
            }
        }
        var (released, redacted) = await texts.ReleaseAsync(team, edits, Minimum, ct);
        TempData["Flash"] = t["{0} answers released, {1} of them edited. They appear in the team's report.", released, redacted].Value;
        return RedirectToPage(new { team });
    }

    private async Task<bool> LoadTeamAsync(Guid team, CancellationToken ct)
    {
        if (!context.Scope.LeadTeamIds.Contains(team))
        {
            return false;
        }
        TeamId = team;
        TeamName = await db.Teams.Where(x => x.Id == team).Select(x => x.Name).FirstAsync(ct);
        return true;
    }
}
