using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Home;

/// <summary>
/// The start page. Caseworkers get "Mijn werk" (what is due in their cases), team leads the same for the
/// teams they lead; policy and regional staff land on the practice dashboard after signing in; everyone
/// else on the tiles.
/// </summary>
public class IndexModel(ZichtDb db, RequestContext context, TimeProvider clock) : PageModel
{
    /// <summary>Roles whose work starts from figures, not cases.</summary>
    private static readonly string[] DashboardFirst = [Roles.Policy, Roles.RegionalManager, Roles.RegionalStaff, Roles.Researcher];

    /// <summary>Where signing in lands: the start page, which sends policy and regional staff on to their dashboard.</summary>
    public const string Landing = "/?start=1";

    public string DisplayName { get; private set; } = "";
    public WorkList? Work { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? start, CancellationToken ct)
    {
        if (start is not null && !User.Allows(Policies.CaseWork) && DashboardFirst.Any(User.IsInRole) && User.Allows(Policies.Dashboards))
        {
            return Redirect("/praktijk");
        }
        DisplayName = await db.Users.Where(u => u.Id == context.StaffId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? "";
        if (User.Allows(Policies.CaseWork))
        {
            var now = clock.GetLocalNow();
            Work = await WorkList.ForAsync(db, context, DateOnly.FromDateTime(now.DateTime), now.UtcDateTime, ct);
        }
        return Page();
    }
}
