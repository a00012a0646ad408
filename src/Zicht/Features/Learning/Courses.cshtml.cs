using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Learning;

/// <summary>For whoever plans training: the courses with their waiting lists, and the role requirements (a setting).</summary>
[Authorize(Policy = Policies.TrainingPlanning)]
public class CoursesModel(LearningServices services) : LearningPageModel(services)
{
    public sealed record Line(Guid Id, string Name, CourseKind Kind, decimal Days, string Provider, int Waiting, int Planned, int Followed);

    public sealed class CourseInput
    {
        [Required(ErrorMessage = "Give a name."), StringLength(200)] public string? Name { get; set; }
        public CourseKind Kind { get; set; }
        [Range(0.5, 30, ErrorMessage = "Between {1} and {2} days.")] public decimal Days { get; set; } = 1;
        [Required(ErrorMessage = "Give the provider."), StringLength(200)] public string? Provider { get; set; }
    }

    public List<Line> Courses { get; private set; } = [];
    public List<RoleRequirement> Requirements { get; private set; } = [];
    [BindProperty] public CourseInput Course { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCourseAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        Db.Add(new TrainingCourse { Name = Course.Name!.Trim(), Kind = Course.Kind, Days = Course.Days, Provider = Course.Provider!.Trim() });
        await Db.SaveChangesAsync(ct);
        return Redirect("/leren/opleidingen");
    }

    /// <summary>Sets (or, with 0 months, removes) the requirement that a role follows a kind of course within so many months of starting.</summary>
    public async Task<IActionResult> OnPostRequirementAsync(string role, CourseKind kind, int withinMonths, CancellationToken ct)
    {
        if (!Roles.All.Contains(role) || withinMonths is < 0 or > 60)
        {
            return BadRequest();
        }
        var existing = await Db.Set<RoleRequirement>().FirstOrDefaultAsync(r => r.Role == role && r.Kind == kind, ct);
        if (withinMonths == 0 && existing is not null)
        {
            Db.Remove(existing);
        }
        else if (withinMonths > 0 && existing is null)
        {
            Db.Add(new RoleRequirement { Role = role, Kind = kind, WithinMonths = withinMonths });
        }
        else if (existing is not null)
        {
            existing.WithinMonths = withinMonths;
        }
        await Db.SaveChangesAsync(ct);
        return Redirect("/leren/opleidingen#vereisten");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var counts = (await Db.Set<TrainingRecord>().AsNoTracking().GroupBy(r => new { r.CourseId, r.Status })
            .Select(g => new { g.Key.CourseId, g.Key.Status, N = g.Count() }).ToListAsync(ct))
            .ToDictionary(x => (x.CourseId, x.Status), x => x.N);
        int N(Guid id, TrainingStatus s) => counts.GetValueOrDefault((id, s));
        Courses = (await Db.Set<TrainingCourse>().AsNoTracking().OrderBy(c => c.Kind).ThenBy(c => c.Name).ToListAsync(ct))
            .Select(c => new Line(c.Id, c.Name, c.Kind, c.Days, c.Provider, N(c.Id, TrainingStatus.Waiting), N(c.Id, TrainingStatus.Planned), N(c.Id, TrainingStatus.Followed)))
            .ToList();
        Requirements = await Db.Set<RoleRequirement>().AsNoTracking().OrderBy(r => r.Role).ThenBy(r => r.Kind).ToListAsync(ct);
    }
}
