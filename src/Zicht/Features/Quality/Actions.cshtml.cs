using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Zicht.Features.Quality;

public sealed class ActionInput
{
    public string? Title { get; set; }
    public string? Owner { get; set; }
    [DataType(DataType.Date)] public DateOnly? Deadline { get; set; }
    public string? Target { get; set; }
    public List<string> Domains { get; set; } = [];
}

/// <summary>
/// The quality planning: improvement actions of a year with owner, deadline, measurable target, status
/// and the domains they serve; the status and what became of an action are updated as the year goes.
/// </summary>
public class ActionsModel(QualityServices services) : QualityPageModel(services)
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public ActionInput Input { get; set; } = new();
    public int Shown => Year ?? ThisYear;
    public List<ImprovementAction> Actions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await OpenOwnAsync(ct) || !QualityInputs.IsYear(Shown))
        {
            return NotFound();
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await OpenOwnAsync(ct) || !QualityInputs.IsYear(Shown))
        {
            return NotFound();
        }
        var i = Input;
        Require(i.Title, "Input.Title", T["Give the action a title."]);
        Require(i.Owner, "Input.Owner", T["Say who owns the action."]);
        Require(i.Target, "Input.Target", T["Give a measurable target, such as “at least 80% of staff who telework are satisfied”."]);
        if (i.Deadline is null)
        {
            ModelState.AddModelError("Input.Deadline", T["Give a deadline."]);
        }
        var domains = i.Domains.Select(QualityDomainCatalog.Find).ToList();
        if (domains.Count == 0 || domains.Any(d => d is null))
        {
            ModelState.AddModelError("Input.Domains", T["Choose the domains the action serves."]);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        Db.Add(new ImprovementAction
        {
            OrganisationId = OrganisationId,
            Year = Shown,
            Title = i.Title!.Trim(),
            Owner = i.Owner!.Trim(),
            Target = i.Target!.Trim(),
            Deadline = i.Deadline!.Value,
            Domains = string.Join(',', domains.OrderBy(d => d!.Order).Select(d => d!.Code)),
        });
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = T["Action added."].Value;
        return Redirect($"/kwaliteit/acties?year={Shown}");
    }

    public async Task<IActionResult> OnPostStatusAsync(Guid actionId, ActionStatus status, string? outcome, int version, CancellationToken ct)
    {
        if (!await OpenOwnAsync(ct) || !Enum.IsDefined(status))
        {
            return NotFound();
        }
        var action = await Db.Set<ImprovementAction>().FirstOrDefaultAsync(a => a.Id == actionId && a.OrganisationId == OrganisationId, ct);
        if (action is null)
        {
            return NotFound();
        }
        Db.Entry(action).Property(a => a.Version).OriginalValue = version;
        (action.Status, action.Outcome) = (status, Trim(outcome));
        if (!await SaveAsync(T["Someone else changed this action while you were editing. Check and save again."], ct))
        {
            Year = action.Year;
            await LoadAsync(ct);
            return Page();
        }
        TempData["Flash"] = T["Action {0} updated.", action.Title].Value;
        return Redirect($"/kwaliteit/acties?year={action.Year}");
    }

    private void Require(string? value, string key, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            ModelState.AddModelError(key, message);
        }
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Actions = await Db.Set<ImprovementAction>().AsNoTracking().Where(a => a.OrganisationId == OrganisationId && a.Year == Shown).OrderBy(a => a.Deadline).ThenBy(a => a.Title).ToListAsync(ct);
}
