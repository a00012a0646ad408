using System.ComponentModel.DataAnnotations;
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

/// <summary>Staff list and "add a staff member". Administrators only.</summary>
[Authorize(Policy = Policies.Administration)]
public class StaffModel(ZichtDb db, UserManager<StaffUser> users, IStringLocalizer<SharedText> t) : PageModel
{
    public sealed record Row(Guid Id, string UserName, string DisplayName, string? StaffCode, string Organisation, bool IsActive, List<string> Roles, List<string> Teams);
    public sealed record Choice(Guid Id, string Name);

    public sealed class NewStaffInput
    {
        [Required(ErrorMessage = "{0} is required.")]
        [StringLength(100, ErrorMessage = "{0} can be at most {1} characters.")]
        [RegularExpression(@"^[A-Za-z0-9._@\-]+$", ErrorMessage = "Use letters, digits and . _ @ - only.")]
        [Display(Name = "User name")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "{0} is required.")]
        [StringLength(200, ErrorMessage = "{0} can be at most {1} characters.")]
        [Display(Name = "Name")]
        public string DisplayName { get; set; } = "";

        [EmailAddress(ErrorMessage = "{0} is not a valid e-mail address.")]
        [Display(Name = "E-mail (for SSO)")]
        public string? Email { get; set; }

        [StringLength(64, ErrorMessage = "{0} can be at most {1} characters.")]
        [Display(Name = "Staff code")]
        public string? StaffCode { get; set; }

        [Required(ErrorMessage = "{0} is required.")]
        [Display(Name = "Organisation")]
        public Guid? OrganisationId { get; set; }

        [Required(ErrorMessage = "{0} is required.")]
        [Display(Name = "Role")]
        public string? Role { get; set; }

        [Required(ErrorMessage = "{0} is required.")]
        [DataType(DataType.Password)]
        [Display(Name = "Initial password")]
        public string Password { get; set; } = "";
    }

    [BindProperty] public NewStaffInput Input { get; set; } = new();
    public List<Row> Staff { get; private set; } = [];
    public List<Choice> Organisations { get; private set; } = [];

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        if (Input.Role is not null && !Roles.All.Contains(Input.Role))
        {
            ModelState.AddModelError("Input.Role", t["Choose a role from the list."]);
        }
        if (ModelState.IsValid)
        {
            var user = new StaffUser
            {
                UserName = Input.UserName.Trim(),
                DisplayName = Input.DisplayName.Trim(),
                Email = Input.Email?.Trim(),
                StaffCode = Input.StaffCode?.Trim(),
                OrganisationId = Input.OrganisationId!.Value,
            };
            var created = await users.CreateAsync(user, Input.Password);
            if (created.Succeeded)
            {
                await users.AddToRoleAsync(user, Input.Role!);
                TempData["Flash"] = t["{0} added.", user.DisplayName].Value;
                return Redirect($"/beheer/medewerkers/{user.Id}");
            }
            foreach (var error in created.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "Input.UserName", error.Description);
            }
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var roleNames = await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync();
        var teams = await db.TeamMemberships.Select(m => new { m.StaffId, m.Team!.Name, m.IsLead }).ToListAsync();
        Staff = (await db.Users.AsNoTracking().OrderBy(u => u.DisplayName)
                .Select(u => new { u.Id, u.UserName, u.DisplayName, u.StaffCode, Org = u.Organisation!.Name, u.IsActive }).ToListAsync())
            .Select(u => new Row(u.Id, u.UserName!, u.DisplayName, u.StaffCode, u.Org, u.IsActive,
                roleNames.Where(r => r.UserId == u.Id).Select(r => r.Name!).ToList(),
                teams.Where(m => m.StaffId == u.Id).Select(m => m.IsLead ? $"{m.Name} ★" : m.Name).ToList()))
            .ToList();
        Organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name)).ToListAsync();
    }
}
