using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Zicht.Data;
using Zicht.Features.Surveys;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;

namespace Zicht.Features.StaffSurvey;

/// <summary>The staff survey form. Deliberately not audited (decision 007): the trail names the actor.</summary>
[EnableRateLimiting(SurveysSetup.PublicRateLimit)]
public class AnswerModel(ZichtDb db, StaffWaves waves, StaffBallotBox ballots, InstrumentStore instruments, RequestContext context,
    IStringLocalizer<SharedText> t) : PageModel
{
    public StaffWave Wave { get; private set; } = null!;
    public Instrument Instrument { get; private set; } = null!;
    public Dictionary<string, string> Current { get; private set; } = [];
    public List<string> Missing { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) =>
        await LoadAsync(id, ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }
        Current = Answers.FromForm(Instrument, Request.Form);
        var (clean, missing) = Answers.Check(Instrument, Current);
        if (missing.Count > 0)
        {
            Missing = missing;
            return Page();
        }
        var result = await ballots.SubmitAsync(id, context.StaffId!.Value, Instrument, clean, ct);
        TempData["Flash"] = result == BallotResult.Stored ? t["Thank you. Your answers were stored anonymously."].Value : t["You have already answered this survey."].Value;
        return RedirectToPage("/StaffSurvey/Index");
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken ct)
    {
        if (context.StaffId is not { } me || !(await waves.OpenForAsync(me, ct)).Any(w => w.Id == id))
        {
            return NotFound();
        }
        Wave = await db.Set<StaffWave>().AsNoTracking().FirstAsync(w => w.Id == id, ct);
        if (await ballots.HasAnsweredAsync(Wave, me, ct))
        {
            TempData["Flash"] = t["You have already answered this survey."].Value;
            return RedirectToPage("/StaffSurvey/Index");
        }
        Instrument = await instruments.GetAsync(Wave.InstrumentVersionId, ct);
        return null;
    }
}
