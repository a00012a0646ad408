using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Zicht.Features.Surveys;

namespace Zicht.Features.FamilyView.Public;

/// <summary>The parents' read-only page behind a link. Unknown, expired and revoked links get the same answer; every view is audited.</summary>
[AllowAnonymous]
[EnableRateLimiting(SurveysSetup.PublicRateLimit)]
public class ViewModel(FamilyViews views) : PageModel
{
    public FamilyContent? Shown { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        var link = await views.FindAsync(token, ct);
        if (link is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        Shown = await views.ShowAsync(link, ct);
        return Page();
    }
}
