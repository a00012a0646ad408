using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Features.Learning;

/// <summary>
/// Record one session of a structure: who was there in which role, partner organisations, the cases discussed
/// (only cases the recorder may open: each is checked and its read audited) and a note for those who were not there.
/// </summary>
[Authorize(Policy = Policies.Learning)]
public class RecordSessionModel(LearningServices services) : LearningPageModel(services)
{
    public sealed class Attendance
    {
        public Guid StaffId { get; set; }
        public SessionRole? Role { get; set; }
    }

    [BindProperty, Required(ErrorMessage = "Give the date.")] public DateOnly? HeldOn { get; set; }
    [BindProperty, Required(ErrorMessage = "Give the theme."), StringLength(300)] public string? Theme { get; set; }
    [BindProperty, StringLength(4000, ErrorMessage = "At most {1} characters.")] public string? FeedbackNote { get; set; }
    [BindProperty] public List<Attendance> Attendees { get; set; } = [];
    [BindProperty] public List<Guid> PartnerIds { get; set; } = [];
    /// <summary>Strings, not Guids: an empty choice is no case, not an error.</summary>
    [BindProperty] public List<string> CaseIds { get; set; } = [];

    public LearningStructure Structure { get; private set; } = null!;
    public Dictionary<Guid, string> MemberNames { get; private set; } = [];
    public List<(Guid Id, string Name)> Partners { get; private set; } = [];
    public List<(Guid Id, string Reference)> Cases { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        HeldOn = Today;
        Attendees = MemberNames.Keys.Select(k => new Attendance { StaffId = k, Role = k == Viewer.StaffId ? SessionRole.Participant : null }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        if (HeldOn > Today.AddDays(1))
        {
            ModelState.AddModelError(nameof(HeldOn), T["The date cannot be in the future."]);
        }
        var present = Attendees.Where(a => a.Role is not null && MemberNames.ContainsKey(a.StaffId)).DistinctBy(a => a.StaffId).ToList();
        if (present.Count == 0)
        {
            ModelState.AddModelError("", T["Mark who was there."]);
        }
        var session = new LearningSession
        {
            StructureId = id,
            HeldOn = HeldOn ?? Today,
            Theme = Theme?.Trim() ?? "",
            FeedbackNote = string.IsNullOrWhiteSpace(FeedbackNote) ? null : FeedbackNote.Trim(),
            FacilitatorId = present.FirstOrDefault(a => a.Role == SessionRole.Facilitator)?.StaffId ?? Structure.FacilitatorId,
        };
        session.Attendees.AddRange(present.Select(a => new SessionAttendee { StaffId = a.StaffId, Role = a.Role!.Value }));
        session.Partners.AddRange(PartnerIds.Distinct().Where(p => Partners.Any(x => x.Id == p)).Select(p => new SessionPartner { OrganisationId = p }));
        foreach (var caseId in CaseIds.Select(c => Guid.TryParse(c, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Distinct())
        {
            // Only a case the recorder may open can be linked; a refusal is in the security log like any other.
            if (await Access.LoadAsync(caseId, CaseOperation.Read, "LearningSession", ct) is null)
            {
                ModelState.AddModelError(nameof(CaseIds), T["You can only link cases you may open."]);
                continue;
            }
            Db.Add(new SessionCase { SessionId = session.Id, CaseId = caseId });
        }
        if (!ModelState.IsValid)
        {
            Db.ChangeTracker.Clear();
            return Page();
        }
        Db.Add(session);
        await Db.SaveChangesAsync(ct);
        return Redirect($"/leren/sessies/{session.Id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        var found = await Db.Set<LearningStructure>().AsNoTracking().Include(s => s.Members).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (found is null || !LearningVisibility.MayRecord(found, Viewer))
        {
            return false;
        }
        Structure = found;
        var ids = found.Members.Select(m => m.StaffId).ToList();
        MemberNames = await Db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.DisplayName).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        Partners = (await Db.Organisations.AsNoTracking().Where(o => o.Kind == OrganisationKind.Provider).OrderBy(o => o.Name)
            .Select(o => new { o.Id, o.Name }).ToListAsync(ct)).Select(o => (o.Id, o.Name)).ToList();
        // The query filter shows only cases this person may open.
        Cases = (await Db.Cases.AsNoTracking().Where(c => c.ClosedOn == null).OrderBy(c => c.Reference).Take(300)
            .Select(c => new { c.Id, c.Reference }).ToListAsync(ct)).Select(c => (c.Id, c.Reference)).ToList();
        return true;
    }
}
