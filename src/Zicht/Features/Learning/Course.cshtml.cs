using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Features.Learning;

/// <summary>One course for the planner: the waiting list in order of sign-up, who is planned and who followed it.</summary>
[Authorize(Policy = Policies.TrainingPlanning)]
public class CourseModel(LearningServices services) : LearningPageModel(services)
{
    public sealed record Person(Guid RecordId, string Name, TrainingStatus Status, DateOnly? On, DateOnly AddedOn, int Version);

    public TrainingCourse Course { get; private set; } = null!;
    public List<Person> People { get; private set; } = [];
    public List<(Guid Id, string Name)> Others { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    /// <summary>Adds someone to the list, planned or followed with a date, or waiting.</summary>
    public async Task<IActionResult> OnPostAddAsync(Guid id, Guid staffId, TrainingStatus status, DateOnly? on, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct) || Others.All(o => o.Id != staffId))
        {
            return NotFound();
        }
        Db.Add(new TrainingRecord { StaffId = staffId, CourseId = id, Status = status, On = status == TrainingStatus.Waiting ? null : on ?? Today, AddedOn = Today });
        await Db.SaveChangesAsync(ct);
        return Redirect($"/leren/opleidingen/{id}");
    }

    /// <summary>Moves someone on: from the waiting list to a planned date, or to followed.</summary>
    public async Task<IActionResult> OnPostSetAsync(Guid id, Guid recordId, TrainingStatus status, DateOnly? on, int version, CancellationToken ct)
    {
        var record = await Db.Set<TrainingRecord>().FirstOrDefaultAsync(r => r.Id == recordId && r.CourseId == id, ct);
        if (record is null)
        {
            return NotFound();
        }
        Db.Entry(record).Property(r => r.Version).OriginalValue = version;
        record.Status = status;
        record.On = status == TrainingStatus.Waiting ? null : on ?? Today;
        try
        {
            await Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else moved this person first; the page shows what is stored now.
        }
        return Redirect($"/leren/opleidingen/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var course = await Db.Set<TrainingCourse>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (course is null)
        {
            return false;
        }
        Course = course;
        People = await Db.Set<TrainingRecord>().AsNoTracking().Where(r => r.CourseId == id)
            .OrderBy(r => r.Status).ThenBy(r => r.AddedOn).ThenBy(r => r.Staff!.DisplayName)
            .Select(r => new Person(r.Id, r.Staff!.DisplayName, r.Status, r.On, r.AddedOn, r.Version)).ToListAsync(ct);
        var listed = Db.Set<TrainingRecord>().Where(r => r.CourseId == id).Select(r => r.StaffId);
        Others = (await Db.Users.AsNoTracking().Where(u => u.IsActive && !listed.Contains(u.Id) && u.Organisation!.Kind == OrganisationKind.Division)
            .OrderBy(u => u.DisplayName).Select(u => new { u.Id, u.DisplayName }).Take(1000).ToListAsync(ct)).Select(u => (u.Id, u.DisplayName)).ToList();
        return true;
    }
}
