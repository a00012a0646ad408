using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Features.PracticeGuide;

/// <summary>
/// Practice leads edit the guide by publishing a new version (the earlier ones stay as they were, so every
/// acknowledgement keeps pointing at what was read). Empty rows are left out.
/// </summary>
[Authorize(Policy = Policies.PracticeGuideEditing)]
public class EditModel(GuideServices services) : GuidePageModel(services)
{
    public sealed class Row
    {
        public CasePhase Phase { get; set; }
        public string? Dutch { get; set; }
        public string? English { get; set; }
        public ExpectationRule Rule { get; set; }
        public PracticeStep? Step { get; set; }
    }

    [BindProperty] public List<Row> Rows { get; set; } = [];
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public int BasedOn { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var current = await GuideData.CurrentAsync(Db, ct);
        BasedOn = current?.Number ?? 0;
        Rows = (current?.Expectations ?? []).OrderBy(e => e.Phase).ThenBy(e => e.Order)
            .Select(e => new Row { Phase = e.Phase, Dutch = e.Dutch, English = e.English, Rule = e.Rule, Step = e.Step }).ToList();
        Rows.AddRange(Enumerable.Range(0, 3).Select(_ => new Row()));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var kept = Rows.Where(r => !string.IsNullOrWhiteSpace(r.Dutch) || !string.IsNullOrWhiteSpace(r.English)).ToList();
        for (var i = 0; i < Rows.Count; i++)
        {
            var r = Rows[i];
            if (!kept.Contains(r))
            {
                continue;
            }
            if (string.IsNullOrWhiteSpace(r.Dutch) || string.IsNullOrWhiteSpace(r.English) || r.Dutch.Length > 500 || r.English.Length > 500)
            {
                ModelState.AddModelError($"Rows[{i}].Dutch", T["Give the expectation in Dutch and in English (at most 500 characters)."]);
            }
            if (r.Rule == ExpectationRule.Step && r.Step is null)
            {
                ModelState.AddModelError($"Rows[{i}].Step", T["Choose the step the records read."]);
            }
        }
        var current = await Db.Set<GuideVersion>().MaxAsync(v => (int?)v.Number, ct) ?? 0;
        if (current != BasedOn)
        {
            ModelState.AddModelError("", T["Someone published a newer version meanwhile. Open the guide again and redo your change."]);
        }
        if (kept.Count == 0)
        {
            ModelState.AddModelError("", T["A guide needs at least one expectation."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var version = new GuideVersion { Number = current + 1, PublishedOn = Today, PublishedById = Context.StaffId!.Value, Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim() };
        version.Expectations.AddRange(kept.Select((r, i) => new MinimalExpectation
        {
            Phase = r.Phase,
            Order = i,
            Dutch = r.Dutch!.Trim(),
            English = r.English!.Trim(),
            Rule = r.Rule,
            Step = r.Rule == ExpectationRule.Step ? r.Step : null,
        }));
        Db.Add(version);
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique version number: someone published the same number a moment earlier.
            ModelState.AddModelError("", T["Someone published a newer version meanwhile. Open the guide again and redo your change."]);
            return Page();
        }
        return Redirect("/praktijkgids");
    }
}
