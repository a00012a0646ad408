using System.Globalization;
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

/// <summary>
/// The staff survey, one part per page with progress; every step saves a draft so the person can stop and
/// continue later (decision 070). A post without a part (all answers at once) is still accepted.
/// Deliberately not audited (decision 007): the trail names the actor.
/// </summary>
[EnableRateLimiting(SurveysSetup.PublicRateLimit)]
public class AnswerModel(ZichtDb db, StaffWaves waves, StaffBallotBox ballots, StaffDrafts drafts, InstrumentStore instruments, RequestContext context,
    IStringLocalizer<SharedText> t) : PageModel
{
    public StaffWave Wave { get; private set; } = null!;
    public Instrument Instrument { get; private set; } = null!;
    public Dictionary<string, string> Current { get; private set; } = [];
    public List<string> Missing { get; private set; } = [];
    public List<Section> Parts { get; private set; } = [];

    /// <summary>1-based number of the part shown.</summary>
    public int Part { get; private set; } = 1;

    public Section Shown => Parts[Part - 1];
    public bool IsLast => Part == Parts.Count;

    public async Task<IActionResult> OnGetAsync(Guid id, int? deel, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }
        Current = await drafts.LoadAsync(Wave, context.StaffId!.Value, ct);
        Route();
        Part = Math.Clamp(deel ?? Answers.Value(Current, StaffDrafts.PageKey) ?? 1, 1, Parts.Count);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? move, int? part, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused)
        {
            return refused;
        }
        var me = context.StaffId!.Value;
        Current = await drafts.LoadAsync(Wave, me, ct);
        Route();
        if (part is { } p && p >= 1 && p <= Parts.Count)
        {
            // What this page shows is replaced by what was posted (an emptied text field empties the answer).
            foreach (var item in Parts[p - 1].Items)
            {
                Current.Remove(item.Key);
            }
        }
        foreach (var (key, value) in Answers.FromForm(Instrument, Request.Form))
        {
            Current[key] = value;
        }
        Route();
        Part = Math.Clamp(part ?? 1, 1, Parts.Count);
        if (move is "next" or "previous" or "later")
        {
            var missingHere = Shown.Items.Where(i => i.Required && !Current.ContainsKey(i.Key)).Select(i => i.Key).ToList();
            var target = move == "next" && missingHere.Count == 0 ? Part + 1 : move == "previous" ? Part - 1 : Part;
            Current[StaffDrafts.PageKey] = Math.Clamp(target, 1, Parts.Count).ToString(CultureInfo.InvariantCulture);
            await drafts.SaveAsync(Wave, me, Current, ct);
            if (move == "later")
            {
                TempData["Flash"] = t["Your answers so far are saved. You can continue later from this page."].Value;
                return RedirectToPage("/StaffSurvey/Index");
            }
            if (move == "next" && missingHere.Count > 0)
            {
                Missing = missingHere;
                return Page();
            }
            return Redirect($"/personeelsbevraging/{id}/invullen?deel={Math.Clamp(target, 1, Parts.Count)}");
        }
        var (clean, missing) = Answers.Check(Instrument, Current);
        if (missing.Count > 0)
        {
            Missing = missing;
            Part = Parts.FindIndex(s => s.Items.Any(i => missing.Contains(i.Key))) + 1;
            if (part is not null)
            {
                await drafts.SaveAsync(Wave, me, Current, ct);
            }
            return Page();
        }
        var result = await ballots.SubmitAsync(id, me, Instrument, clean, ct);
        TempData["Flash"] = result == BallotResult.Stored ? t["Thank you. Your answers were stored anonymously."].Value : t["You have already answered this survey."].Value;
        return RedirectToPage("/StaffSurvey/Index");
    }

    /// <summary>The parts this person answers: the role question in the first part routes the others.</summary>
    private void Route() => Parts = [.. Instrument.SectionsFor(Answers.RoleOf(Instrument, Current))];

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
