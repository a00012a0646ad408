using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Zicht.Features.Quality;

public sealed class OccupancyInput
{
    public int Quarter { get; set; } = 1;
    public Guid DepartmentId { get; set; }
    public string? Function { get; set; }
    public string? TypeModule { get; set; }
    public decimal? Recognised { get; set; }
    public decimal? Occupied { get; set; }
    public decimal? Weekdays { get; set; }
    public decimal? Weekends { get; set; }
    public decimal? Holidays { get; set; }
    public decimal? FaceToFace { get; set; }
    public decimal? Target { get; set; }
    public decimal? NonClient { get; set; }
}

/// <summary>
/// Occupancy and utilisation of the coordinator's provider in one year: recorded per quarter, department,
/// function and type module; summed per organisation, function, type module and department, with the
/// formulas beside the figures (decision 046). A quarter recorded again replaces the earlier numbers.
/// </summary>
public class OccupancyModel(QualityServices services) : QualityPageModel(services)
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty] public OccupancyInput Input { get; set; } = new();
    public int Shown => Year ?? ThisYear - 1;
    public OccupancyFigures Figures { get; private set; } = null!;
    public List<QualityDepartment> Departments { get; private set; } = [];

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
        await LoadAsync(ct);
        var i = Input;
        if (i.Quarter is < 1 or > 4)
        {
            ModelState.AddModelError("Input.Quarter", T["Choose a quarter."]);
        }
        if (Departments.All(d => d.Id != i.DepartmentId))
        {
            ModelState.AddModelError("Input.DepartmentId", T["Choose a department."]);
        }
        if (string.IsNullOrWhiteSpace(i.Function) || string.IsNullOrWhiteSpace(i.TypeModule))
        {
            ModelState.AddModelError("Input.Function", T["Give the function and the type module."]);
        }
        if (i.Recognised is not > 0)
        {
            ModelState.AddModelError("Input.Recognised", T["Give the recognised capacity of the quarter: more than 0."]);
        }
        var numbers = new[] { i.Occupied, i.Weekdays, i.Weekends, i.Holidays, i.FaceToFace, i.Target, i.NonClient };
        if (numbers.Any(n => n < 0))
        {
            ModelState.AddModelError("Input.Occupied", T["Numbers cannot be negative."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (function, module) = (i.Function!.Trim(), i.TypeModule!.Trim());
        var record = await Db.Set<OccupancyRecord>().FirstOrDefaultAsync(r => r.OrganisationId == OrganisationId && r.Year == Shown && r.Quarter == i.Quarter
            && r.DepartmentId == i.DepartmentId && r.Function == function && r.TypeModule == module, ct)
            ?? Db.Add(new OccupancyRecord { OrganisationId = OrganisationId, Year = Shown, Quarter = i.Quarter, DepartmentId = i.DepartmentId, Function = function, TypeModule = module }).Entity;
        (record.RecognisedUnits, record.OccupiedUnits) = (i.Recognised!.Value, i.Occupied ?? 0);
        (record.DeliveredWeekdays, record.DeliveredWeekends, record.DeliveredHolidays) = (i.Weekdays ?? 0, i.Weekends ?? 0, i.Holidays ?? 0);
        (record.FaceToFaceHours, record.FaceToFaceTarget, record.NonClientHours) = (i.FaceToFace ?? 0, i.Target ?? 0, i.NonClient ?? 0);
        if (!await SaveAsync(T["Someone else recorded this quarter at the same moment. Check the figures and save again."], ct))
        {
            await LoadAsync(ct);
            return Page();
        }
        TempData["Flash"] = T["Quarter {0} saved.", i.Quarter].Value;
        return Redirect($"/kwaliteit/bezetting?year={Shown}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Departments = await Db.Set<QualityDepartment>().AsNoTracking().Where(d => d.OrganisationId == OrganisationId).OrderBy(d => d.Name).ToListAsync(ct);
        Figures = await LoadFiguresAsync(Services, OrganisationId, OrganisationName, Shown, ct);
    }

    public static async Task<OccupancyFigures> LoadFiguresAsync(QualityServices services, Guid organisationId, string name, int year, CancellationToken ct) =>
        OccupancyFigures.Of(name, await services.Db.Set<OccupancyRecord>().AsNoTracking().Include(r => r.Department)
            .Where(r => r.OrganisationId == organisationId && r.Year == year).ToListAsync(ct));
}
