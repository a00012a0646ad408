using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;

namespace Zicht.Features.Outcomes;

/// <summary>Policy staff write an objective, bind it to outcome-table indicators, and review whether it was reached.</summary>
[Authorize(Policy = Policies.ImplementationPlanEdit)]
public class ObjectiveModel(ZichtDb db, RequestContext context, TimeProvider clock, IStringLocalizer<SharedText> T) : PageModel
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Say what the objective is."), StringLength(500)]
        public string Text { get; set; } = "";
        [Required(ErrorMessage = "Give a target date.")]
        public DateOnly? TargetDate { get; set; }
        public List<Guid> Indicators { get; set; } = [];
        public int Version { get; set; }
    }

    public sealed class ReviewInput
    {
        public ReviewVerdict Verdict { get; set; } = ReviewVerdict.CannotTell;
        [Required(ErrorMessage = "Say on what evidence."), StringLength(2000)]
        public string Evidence { get; set; } = "";
    }

    [BindProperty]
    public Input Form { get; set; } = new();

    [BindProperty]
    public ReviewInput Review { get; set; } = new();

    public List<OutcomeIndicator> AllIndicators { get; private set; } = [];
    public OrganisationObjective? Existing { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (Existing is { } o)
        {
            Form = new Input { Text = o.Text, TargetDate = o.TargetDate, Indicators = [.. o.Indicators], Version = o.Version };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct, tracked: true))
        {
            return NotFound();
        }
        // Only the objective form was posted; the review form's fields (bound without prefix when absent) do not count.
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith("Form.", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var known = AllIndicators.Select(i => i.Id).ToHashSet();
        var objective = Existing ?? db.Add(new OrganisationObjective { Text = "" }).Entity;
        if (Existing is not null)
        {
            db.Entry(objective).Property(o => o.Version).OriginalValue = Form.Version;
        }
        objective.Text = Form.Text.Trim();
        objective.TargetDate = Form.TargetDate!.Value;
        objective.IndicatorIds = string.Join(',', Form.Indicators.Where(known.Contains).Distinct());
        return await SaveAsync(ct);
    }

    public async Task<IActionResult> OnPostReviewAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Existing is null)
        {
            return NotFound();
        }
        // Only the review form was posted; the objective form's fields (bound without prefix when absent) do not count.
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith("Review.", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }
        if (!ModelState.IsValid || !Enum.IsDefined(Review.Verdict))
        {
            Form = new Input { Text = Existing.Text, TargetDate = Existing.TargetDate, Indicators = [.. Existing.Indicators], Version = Existing.Version };
            return Page();
        }
        db.Add(new ObjectiveReview
        {
            ObjectiveId = id,
            Verdict = Review.Verdict,
            Evidence = Review.Evidence.Trim(),
            ReviewedBy = context.ActorName,
            ReviewedOn = DateOnly.FromDateTime(clock.GetLocalNow().DateTime),
        });
        return await SaveAsync(ct);
    }

    private async Task<IActionResult> SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", T["Someone else changed this objective in the meantime. Reload the page to see their change."]);
            return Page();
        }
        return Redirect("/implementatieplan");
    }

    private async Task<bool> LoadAsync(Guid? id, CancellationToken ct, bool tracked = false)
    {
        await OutcomeTable.EnsureAsync(db, ct);
        AllIndicators = await db.Set<OutcomeIndicator>().AsNoTracking().OrderBy(i => i.Position).ToListAsync(ct);
        if (id is not { } objectiveId)
        {
            return true;
        }
        var objectives = tracked ? db.Set<OrganisationObjective>() : db.Set<OrganisationObjective>().AsNoTracking();
        Existing = await objectives.Include(o => o.Reviews).FirstOrDefaultAsync(o => o.Id == objectiveId, ct);
        return Existing is not null;
    }
}
