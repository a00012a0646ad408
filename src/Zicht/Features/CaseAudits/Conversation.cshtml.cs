using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Zicht.Features.CaseAudits;

/// <summary>
/// The appreciative conversation: what went well first, then what could be better, what the worker is
/// satisfied with, and learning points tagged by principle. Both participants write in it; a save over a
/// newer version is refused and the text stays in the form. Closing needs the conversation; after closing
/// only the worker adds a reflection.
/// </summary>
public class ConversationModel(AuditServices services) : AuditPageModel(services)
{
    [BindProperty] public ConversationInput Input { get; set; } = new();
    [BindProperty] public int Version { get; set; }

    /// <summary>After a conflict: what the other participant saved, shown beside the text the user keeps.</summary>
    public AuditConversation? Theirs { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid auditId, CancellationToken ct)
    {
        if (!await OpenAsync(id, auditId, ct))
        {
            return NotFound();
        }
        if (Audit.Conversation is not { } c)
        {
            TempData["Flash"] = T["The appreciative conversation follows the comparison."].Value;
            return Redirect(Link());
        }
        Input = new ConversationInput
        {
            HeldOn = c.HeldOn ?? Today,
            WentWell = c.WentWell,
            CouldBeBetter = c.CouldBeBetter,
            WorkerSatisfiedWith = c.WorkerSatisfiedWith,
            Approach = c.Approach,
            Reflection = c.WorkerReflection,
            Learning = Template.Principles.ToDictionary(p => p.Code, p => (string?)string.Join("\n", c.LearningPoints.Where(l => l.Principle == p.Code).Select(l => l.Text))),
        };
        Version = c.Version;
        return Page();
    }

    public Task<IActionResult> OnPostAsync(Guid id, Guid auditId, CancellationToken ct) => WriteAsync(id, auditId, close: false, ct);

    public Task<IActionResult> OnPostCloseAsync(Guid id, Guid auditId, CancellationToken ct) => WriteAsync(id, auditId, close: true, ct);

    private async Task<IActionResult> WriteAsync(Guid id, Guid auditId, bool close, CancellationToken ct)
    {
        if (!await OpenAsync(id, auditId, ct) || Audit.Conversation is not { } c)
        {
            return NotFound();
        }
        ModelState.Remove($"{nameof(Input)}.{nameof(ConversationInput.Reflection)}");
        if (!AuditRules.MayWriteConversation(Status))
        {
            ModelState.AddModelError("", T["This audit is closed; the conversation can no longer change."]);
            return Page();
        }
        if (Input.HeldOn is { } held && held > Today)
        {
            ModelState.AddModelError("Input.HeldOn", T["The date cannot be in the future."]);
        }
        var points = Template.Principles.SelectMany(p => Lines(Input.Learning.GetValueOrDefault(p.Code)).Select(text => (p.Code, text))).ToList();
        if (points.Any(p => p.text.Length > 500))
        {
            ModelState.AddModelError("Input.Learning", T["A learning point can be at most 500 characters."]);
        }
        if (close)
        {
            foreach (var field in AuditRules.MissingToClose(Audit.Kind, Input.WentWell, Input.CouldBeBetter))
            {
                ModelState.AddModelError($"Input.{field}", field == nameof(AuditConversation.WentWell)
                    ? T["Write what went well: the audit cannot close without the appreciative conversation."]
                    : T["Write what could be better: the audit cannot close without it."]);
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        (c.HeldOn, c.WentWell, c.CouldBeBetter) = (Input.HeldOn, Trim(Input.WentWell), Trim(Input.CouldBeBetter));
        (c.WorkerSatisfiedWith, c.Approach, c.UpdatedAt) = (Trim(Input.WorkerSatisfiedWith), Trim(Input.Approach), DateTime.UtcNow);
        Db.RemoveRange(c.LearningPoints);
        Db.AddRange(points.Select(p => new AuditLearningPoint { CaseId = Case.Id, ConversationId = c.Id, Principle = p.Code, Text = p.text }));
        if (close)
        {
            Audit.ClosedOn = Today;
        }
        if (!await SaveAsync(c, ct))
        {
            return Page();
        }
        TempData["Flash"] = close ? T["The audit is closed. Thank you both."].Value : T["Conversation saved."].Value;
        return Redirect(close ? Link() : Link("gesprek"));
    }

    /// <summary>After closing, the worker may add a reflection; scores and conversation stay as they are.</summary>
    public async Task<IActionResult> OnPostReflectionAsync(Guid id, Guid auditId, CancellationToken ct)
    {
        if (!await OpenAsync(id, auditId, ct) || Audit.Conversation is not { } c || !AuditRules.MayAddReflection(Status, Role))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        c.WorkerReflection = Trim(Input.Reflection);
        c.UpdatedAt = DateTime.UtcNow;
        if (!await SaveAsync(c, ct))
        {
            return Page();
        }
        TempData["Flash"] = T["Your reflection is saved."].Value;
        return Redirect(Link("gesprek"));
    }

    private async Task<bool> SaveAsync(AuditConversation c, CancellationToken ct)
    {
        Db.Entry(c).Property(x => x.Version).OriginalValue = Version;
        try
        {
            await Db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            Theirs = await Db.Set<AuditConversation>().AsNoTracking().Include(x => x.LearningPoints).FirstAsync(x => x.Id == c.Id, ct);
            Version = Theirs.Version;
            ModelState.Remove(nameof(Version));
            ModelState.AddModelError("", T["{0} saved the conversation while you were writing. Your text is still in the form and theirs is shown above it: combine them, then save again.", OtherName]);
            Audit.ClosedOn = null;
            return false;
        }
    }

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
