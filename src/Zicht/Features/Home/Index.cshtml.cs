using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Home;

public class IndexModel(ZichtDb db, RequestContext context) : PageModel
{
    public string DisplayName { get; private set; } = "";

    public async Task OnGetAsync() =>
        DisplayName = await db.Users.Where(u => u.Id == context.StaffId).Select(u => u.DisplayName).FirstOrDefaultAsync() ?? "";
}
