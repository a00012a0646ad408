using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Zicht.Data;
using Zicht.Infrastructure.Auth;
using Zicht.Infrastructure.Localisation;
using Zicht.Kernel;

namespace Zicht.Features.Admin;

/// <summary>One staff member's roles, team memberships (and lead), and whether they may sign in.</summary>
[Authorize(Policy = Policies.Administration)]
public class StaffMemberModel(ZichtDb db, UserManager<StaffUser> users, RequestContext context, TimeProvider time, IStringLocalizer<SharedText> t) : PageModel
{
    public sealed record TeamChoice(Guid Id, string Name);

    [BindProperty] public List<string> SelectedRoles { get; set; } = [];
    [BindProperty] public List<Guid> TeamIds { get; set; } = [];
    [BindProperty] public List<Guid> LeadTeamIds { get; set; } = [];
    [BindProperty] public bool IsActive { get; set; }
    [BindProperty] public string ConcurrencyStamp { get; set; } = "";

    public StaffUser Member { get; private set; } = null!;
    public List<TeamChoice> Teams { get; private set; } = [];
    public List<RoleApproval> Pending { get; private set; } = [];

    /// <summary>Nobody changes their own roles, teams or access (separation of duties).</summary>
    public bool IsSelf => Member.Id == context.StaffId;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        SelectedRoles = (await users.GetRolesAsync(Member)).ToList();
        var memberships = await db.TeamMemberships.Where(m => m.StaffId == id).ToListAsync();
        TeamIds = memberships.Select(m => m.TeamId).ToList();
        LeadTeamIds = memberships.Where(m => m.IsLead).Select(m => m.TeamId).ToList();
        IsActive = Member.IsActive;
        ConcurrencyStamp = Member.ConcurrencyStamp!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        if (IsSelf)
        {
            ModelState.AddModelError("", t["Nobody changes their own roles, teams or access. Ask another administrator."]);
            return Page();
        }
        if (SelectedRoles.Any(r => !Roles.All.Contains(r)) || TeamIds.Union(LeadTeamIds).Any(tid => Teams.All(x => x.Id != tid)))
        {
            ModelState.AddModelError("", t["The form contains a choice that is not available."]);
            return Page();
        }
        if (Member.ConcurrencyStamp != ConcurrencyStamp)
        {
            ModelState.AddModelError("", t["Someone else changed this staff member meanwhile. Reload the page and try again."]);
            return Page();
        }
        Member.IsActive = IsActive;
        List<string> heldBack = [];
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var current = await users.GetRolesAsync(Member);
            heldBack = RoleApproval.HeldBack(current, SelectedRoles);
            await users.RemoveFromRolesAsync(Member, current.Except(SelectedRoles));
            await users.AddToRolesAsync(Member, SelectedRoles.Except(current).Except(heldBack));
            foreach (var role in heldBack.Where(r => !Pending.Any(p => p.Role == r)))
            {
                db.Add(new RoleApproval { StaffId = id, Role = role, RequestedById = context.StaffId!.Value, RequestedAt = time.GetUtcNow().UtcDateTime });
            }
            var memberships = await db.TeamMemberships.Where(m => m.StaffId == id).ToListAsync();
            db.TeamMemberships.RemoveRange(memberships.Where(m => !TeamIds.Union(LeadTeamIds).Contains(m.TeamId)));
            foreach (var teamId in TeamIds.Union(LeadTeamIds))
            {
                var membership = memberships.FirstOrDefault(m => m.TeamId == teamId);
                if (membership is null)
                {
                    db.TeamMemberships.Add(new TeamMembership { TeamId = teamId, StaffId = id, IsLead = LeadTeamIds.Contains(teamId) });
                }
                else
                {
                    membership.IsLead = LeadTeamIds.Contains(teamId);
                }
            }
            await users.UpdateSecurityStampAsync(Member); // signs them out elsewhere, so new rights apply at once
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        });
        TempData["Flash"] = heldBack.Count == 0 ? t["Changes saved."].Value
            : t["Changes saved. {0} waits for a second administrator's approval.", string.Join(", ", heldBack.Select(r => t[$"RoleName.{r}"].Value))].Value;
        return Redirect($"/beheer/medewerkers/{id}");
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var found = await users.FindByIdAsync(id.ToString());
        if (found is null)
        {
            return false;
        }
        Member = found;
        Pending = await db.Set<RoleApproval>().Where(a => a.StaffId == id && a.Approved == null).ToListAsync();
        Teams = await db.Teams.AsNoTracking().OrderBy(x => x.Name).Select(x => new TeamChoice(x.Id, x.Name + " (" + x.Service!.Code + ", " + x.Region!.Name + ")")).ToListAsync();
        return true;
    }
}
