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

/// <summary>Roles held back for a second administrator: approve or refuse (never one's own request, never for oneself).</summary>
[Authorize(Policy = Policies.Administration)]
public class ApprovalsModel(ZichtDb db, UserManager<StaffUser> users, RequestContext context, TimeProvider time, IStringLocalizer<SharedText> t) : PageModel
{
    public sealed record Row(RoleApproval Approval, string Staff, string RequestedBy, bool MayDecide);

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(Guid approvalId, bool approve)
    {
        var approval = await db.Set<RoleApproval>().FirstOrDefaultAsync(a => a.Id == approvalId);
        if (approval is null)
        {
            return NotFound();
        }
        if (!approval.MayBeDecidedBy(context.StaffId!.Value))
        {
            ModelState.AddModelError("", t["A second administrator decides: not the one who asked, not the person concerned."]);
            await LoadAsync();
            return Page();
        }
        var member = await users.FindByIdAsync(approval.StaffId.ToString());
        approval.Approved = approve;
        approval.DecidedById = context.StaffId;
        approval.DecidedAt = time.GetUtcNow().UtcDateTime;
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            if (approve && member is not null && !await users.IsInRoleAsync(member, approval.Role))
            {
                await users.AddToRoleAsync(member, approval.Role);
                await users.UpdateSecurityStampAsync(member);
            }
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        });
        TempData["Flash"] = (approve ? t["Approved."] : t["Refused."]).Value;
        return Redirect("/beheer/goedkeuringen");
    }

    private async Task LoadAsync()
    {
        var pending = await db.Set<RoleApproval>().AsNoTracking().Where(a => a.Approved == null).OrderBy(a => a.RequestedAt).ToListAsync();
        var ids = pending.SelectMany(a => new[] { a.StaffId, a.RequestedById }).Distinct().ToList();
        var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName + " (" + u.UserName + ")");
        Rows = pending.Select(a => new Row(a, names.GetValueOrDefault(a.StaffId, "?"), names.GetValueOrDefault(a.RequestedById, "?"),
            a.MayBeDecidedBy(context.StaffId!.Value))).ToList();
    }
}
