using Microsoft.AspNetCore.Mvc;
using Zicht.Data;
using Zicht.Kernel;

namespace Zicht.Features.PracticeGuide;

/// <summary>
/// The quiet checklist on a case: the guide's minimal expectations, read from the records. The case page has
/// already opened (and audited) the case; this reads only what that page's reader may see (query filter).
/// The case page asks for it by name, so the Cases feature does not depend on this one.
/// </summary>
[ViewComponent(Name = "GuideChecklist")]
public sealed class GuideChecklistViewComponent(ZichtDb db) : ViewComponent
{
    public sealed record Model(Guid CaseId, int? GuideVersion, IReadOnlyList<ExpectationCheck> Checks);

    public async Task<IViewComponentResult> InvokeAsync(Case @case)
    {
        var guide = await GuideData.CurrentAsync(db, HttpContext.RequestAborted);
        if (guide is null)
        {
            return Content("");
        }
        var facts = await GuideData.FactsAsync(db, [@case.Id], asAggregate: false, HttpContext.RequestAborted);
        var checks = facts.TryGetValue(@case.Id, out var f) ? GuideRules.Checklist(guide, f) : [];
        return View("/Features/PracticeGuide/_GuideChecklist.cshtml", new Model(@case.Id, guide.Number, checks));
    }
}
