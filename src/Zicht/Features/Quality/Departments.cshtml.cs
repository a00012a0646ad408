using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Zicht.Features.Quality;

/// <summary>The provider's departments (afdelingen), each with its work form; scored separately every year.</summary>
public class DepartmentsModel(QualityServices services) : QualityPageModel(services)
{
    public List<QualityDepartment> Departments { get; private set; } = [];
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? WorkForm { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await OpenOwnAsync(ct))
        {
            return NotFound();
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await OpenOwnAsync(ct))
        {
            return NotFound();
        }
        var (name, workForm) = (Trim(Name), Trim(WorkForm));
        if (name is null)
        {
            ModelState.AddModelError(nameof(Name), T["Give the department's name."]);
        }
        if (workForm is null || workForm.Length > 20)
        {
            ModelState.AddModelError(nameof(WorkForm), T["Give the work form as its short code, such as OVBJ or HCA."]);
        }
        if (ModelState.IsValid && await Db.Set<QualityDepartment>().AnyAsync(d => d.OrganisationId == OrganisationId && d.Name == name && d.WorkForm == workForm, ct))
        {
            ModelState.AddModelError(nameof(Name), T["This department with this work form exists already."]);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        Db.Add(new QualityDepartment { OrganisationId = OrganisationId, Name = name!, WorkForm = workForm! });
        if (!await SaveAsync(T["This department with this work form exists already."], ct))
        {
            await LoadAsync(ct);
            return Page();
        }
        TempData["Flash"] = T["Department {0} added.", name!].Value;
        return Redirect("/kwaliteit/afdelingen");
    }

    private async Task LoadAsync(CancellationToken ct) =>
        Departments = await Db.Set<QualityDepartment>().AsNoTracking().Where(d => d.OrganisationId == OrganisationId).OrderBy(d => d.Name).ThenBy(d => d.WorkForm).ToListAsync(ct);
}
