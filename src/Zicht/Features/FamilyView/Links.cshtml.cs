using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Features.Casework;
using Zicht.Features.ChildVoice;
using Zicht.Features.Mapping;
using Zicht.Infrastructure.Audit;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.FamilyView;

/// <summary>
/// The worker releases, item by item, what parents may read through a link: the danger statement, the
/// safety goals, the bottom lines, the next steps and the safety plan. A child's words need the child's
/// consent as well. Links expire and can be revoked; every view is counted from the audit trail.
/// </summary>
[Authorize(Policy = Policies.CaseWork)]
public class LinksModel(CaseworkServices services, FamilyViews views, TimeProvider clock) : CaseworkPageModel(services)
{
    public sealed record LinkRow(Guid Id, string ForWhom, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt, int Items, bool Plan, int Views, DateTime? ReleasedAt);

    public List<MappingStatement> Statements { get; private set; } = [];

    /// <summary>Child-voice records the child agreed to share with the parents: only these can be released.</summary>
    public List<ChildVoiceRecord> ChildWords { get; private set; } = [];
    public List<LinkRow> Links { get; private set; } = [];
    public bool HasPlan { get; private set; }
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await OpenAsync(id, CaseOperation.Read, "FamilyViewLinks"))
        {
            return NotFound();
        }
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(Guid id, string? forWhom, int days, List<Guid> release, List<Guid> childConsent, List<Guid> childVoice, bool safetyPlan)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "FamilyViewLinks"))
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(forWhom) || forWhom.Length > 100 || (release.Count == 0 && childVoice.Count == 0 && !safetyPlan))
        {
            ModelState.AddModelError("", T["Say for whom the link is, and release at least one item."]);
            await LoadAsync();
            return Page();
        }
        var (_, token) = await views.CreateAsync(id, forWhom, days == 0 ? 30 : days, release, childConsent, childVoice, safetyPlan, ActorName);
        // The code exists only now: shown once to the worker, never stored.
        TempData["FamilyLink"] = $"{Request.Scheme}://{Request.Host}/gezin/{token}";
        return Redirect($"/dossiers/{id}/gezinsweergave");
    }

    /// <summary>What the family sees stays as released until the worker releases the same items again, as they read now.</summary>
    public async Task<IActionResult> OnPostReleaseAgainAsync(Guid id, Guid linkId)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "FamilyViewLinks"))
        {
            return NotFound();
        }
        var link = await Db.Set<FamilyViewLink>().Include(l => l.Items).FirstOrDefaultAsync(l => l.Id == linkId && l.CaseId == id);
        if (link is null || !link.WorksAt(clock.GetUtcNow().UtcDateTime))
        {
            return NotFound();
        }
        await FamilyRelease.AgainAsync(Db, link, clock.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
        await Db.SaveChangesAsync();
        TempData["Flash"] = T["The link for {0} now shows the items as they read today.", link.ForWhom].Value;
        return Redirect($"/dossiers/{id}/gezinsweergave");
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, Guid linkId)
    {
        if (!await OpenAsync(id, CaseOperation.Record, "FamilyViewLinks"))
        {
            return NotFound();
        }
        var link = await Db.Set<FamilyViewLink>().FirstOrDefaultAsync(l => l.Id == linkId && l.CaseId == id);
        if (link is null)
        {
            return NotFound();
        }
        link.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await Db.SaveChangesAsync();
        TempData["Flash"] = T["The link for {0} no longer works.", link.ForWhom].Value;
        return Redirect($"/dossiers/{id}/gezinsweergave");
    }

    private async Task LoadAsync()
    {
        var id = Case.Id;
        Statements = await Db.Set<MappingStatement>().AsNoTracking()
            .Where(s => s.CaseId == id && FamilyViews.Shown.Contains(s.Section)).OrderBy(s => s.AddedAt).ToListAsync();
        ChildWords = await Db.Set<ChildVoiceRecord>().AsNoTracking().Where(r => r.CaseId == id && r.SharedWithParents).OrderBy(r => r.RecordedOn).ToListAsync();
        HasPlan = await Db.Set<SafetyPlans.SafetyPlanVersion>().AnyAsync(v => v.CaseId == id);
        var views = await Db.AuditTrail.AsNoTracking()
            .Where(a => a.CaseId == id && a.EntityType == nameof(FamilyViewLink) && a.Action == AuditActions.Read)
            .GroupBy(a => a.EntityId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key ?? "", g => g.Count);
        Links = (await Db.Set<FamilyViewLink>().AsNoTracking().Where(l => l.CaseId == id).OrderByDescending(l => l.CreatedAt)
            .Select(l => new { l.Id, l.ForWhom, l.CreatedAt, l.ExpiresAt, l.RevokedAt, Items = l.Items.Count, l.IncludesSafetyPlan, l.ReleasedAt }).ToListAsync())
            .Select(l => new LinkRow(l.Id, l.ForWhom, l.CreatedAt, l.ExpiresAt, l.RevokedAt, l.Items, l.IncludesSafetyPlan, views.GetValueOrDefault(l.Id.ToString()), l.ReleasedAt)).ToList();
    }
}
