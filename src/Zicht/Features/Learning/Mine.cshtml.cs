using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;

namespace Zicht.Features.Learning;

/// <summary>One's own participation history, training and learning needs: figures about a person only for that person.</summary>
[Authorize(Policy = Policies.Learning)]
public class MineModel(LearningServices services) : LearningPageModel(services)
{
    public sealed record Attended(Guid SessionId, Guid StructureId, DateOnly HeldOn, string Structure, LearningKind Kind, SessionRole Role);
    public sealed record Course(Guid Id, string Name, CourseKind Kind, decimal Days, string Provider, TrainingStatus? Status, DateOnly? On);

    public List<Attended> History { get; private set; } = [];
    public List<(Guid Id, string Name, LearningKind Kind)> Structures { get; private set; } = [];
    public List<Course> Courses { get; private set; } = [];
    public PersonTraining? Training { get; private set; }
    public List<LearningNeed> Needs { get; private set; } = [];

    [BindProperty] public NeedTool Tool { get; set; }
    [BindProperty, StringLength(1000, ErrorMessage = "At most {1} characters.")] public string? NeedText { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>Puts oneself on a course's waiting list.</summary>
    public async Task<IActionResult> OnPostWaitAsync(Guid courseId, CancellationToken ct)
    {
        var me = Viewer.StaffId;
        if (await Db.Set<TrainingCourse>().AnyAsync(c => c.Id == courseId, ct) && !await Db.Set<TrainingRecord>().AnyAsync(r => r.StaffId == me && r.CourseId == courseId, ct))
        {
            Db.Add(new TrainingRecord { StaffId = me, CourseId = courseId, Status = TrainingStatus.Waiting, AddedOn = Today });
            await Db.SaveChangesAsync(ct);
        }
        return Redirect("/leren/mijn-deelname#opleidingen");
    }

    public async Task<IActionResult> OnPostNeedAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        Db.Add(new LearningNeed { StaffId = Viewer.StaffId, Tool = Tool, Text = string.IsNullOrWhiteSpace(NeedText) ? null : NeedText.Trim(), EnteredOn = Today });
        await Db.SaveChangesAsync(ct);
        return Redirect("/leren/mijn-deelname#leernoden");
    }

    public async Task<IActionResult> OnPostRemoveNeedAsync(Guid needId, CancellationToken ct)
    {
        var need = await Db.Set<LearningNeed>().FirstOrDefaultAsync(n => n.Id == needId && n.StaffId == Viewer.StaffId, ct);
        if (need is not null)
        {
            Db.Remove(need);
            await Db.SaveChangesAsync(ct);
        }
        return Redirect("/leren/mijn-deelname#leernoden");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var me = Viewer.StaffId;
        History = await Db.Set<SessionAttendee>().AsNoTracking().Where(a => a.StaffId == me).OrderByDescending(a => a.Session!.HeldOn)
            .Select(a => new Attended(a.SessionId, a.Session!.StructureId, a.Session.HeldOn, a.Session.Structure!.Name, a.Session.Structure.Kind, a.Role))
            .ToListAsync(ct);
        Structures = (await Db.Set<StructureMember>().AsNoTracking().Where(m => m.StaffId == me).OrderBy(m => m.Structure!.Name)
            .Select(m => new { m.StructureId, m.Structure!.Name, m.Structure.Kind }).ToListAsync(ct)).Select(m => (m.StructureId, m.Name, m.Kind)).ToList();
        var records = await Db.Set<TrainingRecord>().AsNoTracking().Where(r => r.StaffId == me).ToDictionaryAsync(r => r.CourseId, ct);
        Courses = (await Db.Set<TrainingCourse>().AsNoTracking().OrderBy(c => c.Kind).ThenBy(c => c.Name).ToListAsync(ct))
            .Select(c => new Course(c.Id, c.Name, c.Kind, c.Days, c.Provider, records.GetValueOrDefault(c.Id)?.Status, records.GetValueOrDefault(c.Id)?.On)).ToList();
        Training = (await TrainingRules.ForAsync(Db, [me], ct)).FirstOrDefault();
        Needs = await Db.Set<LearningNeed>().AsNoTracking().Where(n => n.StaffId == me).OrderByDescending(n => n.EnteredOn).ToListAsync(ct);
    }

    /// <summary>Own sessions in the last twelve months, per kind (one's own figure; never compared with anyone).</summary>
    public IEnumerable<(LearningKind Kind, int Count)> LastYear() =>
        History.Where(h => h.HeldOn > Today.AddYears(-1)).GroupBy(h => h.Kind).OrderBy(g => g.Key).Select(g => (g.Key, g.Count()));
}
