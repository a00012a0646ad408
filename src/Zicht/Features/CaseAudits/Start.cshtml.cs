using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zicht.Infrastructure.Auth;
using Zicht.Kernel;

namespace Zicht.Features.CaseAudits;

/// <summary>
/// Starting an audit (or an appreciative interview) of a case, by its worker or by a reviewer. Why this
/// case is asked with "a case we are proud of" first, so audits are not only triggered by problems (§1.7).
/// </summary>
public class StartModel(AuditServices services) : PageModel
{
    [BindProperty] public StartInput Input { get; set; } = new();
    public Case Case { get; private set; } = null!;
    public List<AuditPeople.Person> Workers { get; private set; } = [];
    public List<AuditPeople.Person> Reviewers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var me = services.Context.StaffId;
        if (Workers.Any(w => w.Id == me))
        {
            Input.WorkerId = me;
        }
        else
        {
            Input.ReviewerId = me;
            Input.WorkerId = Case.ResponsibleWorkerId;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }
        var t = services.T;
        if (Workers.All(w => w.Id != Input.WorkerId))
        {
            ModelState.AddModelError("Input.WorkerId", t["Choose the case's worker."]);
        }
        if (Reviewers.All(r => r.Id != Input.ReviewerId))
        {
            ModelState.AddModelError("Input.ReviewerId", t["Choose a reviewer who may open this case."]);
        }
        else if (Input.ReviewerId == Input.WorkerId)
        {
            ModelState.AddModelError("Input.ReviewerId", t["The reviewer is someone other than the worker."]);
        }
        var me = services.Context.StaffId;
        if (ModelState.IsValid && me != Input.WorkerId && me != Input.ReviewerId)
        {
            ModelState.AddModelError("", t["You start an audit you take part in, as its worker or as its reviewer."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (templateId, _) = await services.Templates.CurrentAsync(ct);
        var audit = new CaseAudit
        {
            CaseId = Case.Id,
            TemplateVersionId = templateId,
            Kind = Input.Kind,
            WorkerId = Input.WorkerId!.Value,
            ReviewerId = Input.ReviewerId!.Value,
            StartedById = me!.Value,
            Occasion = Input.Occasion!.Value,
            Reason = string.IsNullOrWhiteSpace(Input.Reason) ? null : Input.Reason.Trim(),
            StartedOn = DateOnly.FromDateTime(services.Clock.GetLocalNow().DateTime),
        };
        if (audit.Kind == AuditKind.AppreciativeInterview)
        {
            audit.Conversation = new AuditConversation { CaseId = Case.Id, AuditId = audit.Id };
        }
        services.Db.Add(audit);
        await services.Db.SaveChangesAsync(ct);
        TempData["Flash"] = (audit.Kind == AuditKind.CaseAudit ? t["Started. Each of you now scores alone."] : t["Started. Write the conversation together."]).Value;
        return Redirect($"/dossiers/{Case.Id}/casusaudits/{audit.Id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (!AuditMenu.SeesOwn(User) || await services.Access.LoadAsync(id, CaseOperation.Read, "CaseAudit", ct) is not { } found)
        {
            return false;
        }
        Case = found;
        Workers = await AuditPeople.WorkersAsync(services.Db, found, ct);
        Reviewers = await AuditPeople.ReviewersAsync(services.Db, found, ct);
        return true;
    }
}
