using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Zicht.Features.Sgog.Register;

public sealed class DecisionInput
{
    [Required(ErrorMessage = "Choose whether it is reportable.")]
    public ReportableDecision? Decision { get; set; }

    public NotReportableGround? Ground { get; set; }

    [Required(ErrorMessage = "Give the reason for the decision.")]
    [StringLength(2000, ErrorMessage = "{0} can be at most {1} characters.")]
    [Display(Name = "Reason")]
    public string? Reason { get; set; }

    public int Version { get; set; }
}

/// <summary>
/// Decide whether an incident must be reported, with the reason (004:770–782). Exploratory behaviour of normal
/// development is not reportable; without a minor or an adult foster person involved nothing is. Once the
/// report is sent the decision stands.
/// </summary>
public class DecideModel(RegisterServices services) : RegisterPage(services)
{
    [BindProperty] public DecisionInput Input { get; set; } = new();
    public SgogIncident Incident { get; private set; } = null!;
    public bool Locked => Incident.Report is not null || Incident.ErasedOn is not null;

    /// <summary>After a conflict: the decision the other officer saved meanwhile.</summary>
    public SgogIncident? Theirs { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await Services.Access.IncidentAsync(id, "SgogDecision", ct) is not { } incident)
        {
            return NotFound();
        }
        Incident = incident;
        Input = new DecisionInput { Decision = incident.Decision, Ground = incident.NotReportableGround, Reason = incident.DecisionReason, Version = incident.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (await Services.Access.IncidentAsync(id, "SgogDecision", ct) is not { } incident)
        {
            return NotFound();
        }
        Incident = incident;
        if (Locked)
        {
            ModelState.AddModelError("", T["The report is sent: the decision can no longer change."]);
            return Page();
        }
        if (Input.Decision == ReportableDecision.Reportable && !IncidentRules.MayBeReportable(incident.People.Select(p => p.Role)))
        {
            ModelState.AddModelError("Input.Decision", T["Reportable is behaviour towards or by a minor, or in foster care an adult foster person. Add them to the people involved first."]);
        }
        if (Input.Decision == ReportableDecision.NotReportable && Input.Ground is null)
        {
            ModelState.AddModelError("Input.Ground", T["Choose why it is not reportable."]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        incident.Decision = Input.Decision;
        incident.NotReportableGround = Input.Decision == ReportableDecision.NotReportable ? Input.Ground : null;
        incident.DecisionReason = Input.Reason!.Trim();
        (incident.DecidedOn, incident.DecidedById) = (Today, StaffId);
        Guard(incident, Input.Version);
        if (await TrySaveAsync(ct))
        {
            return Back(Input.Decision == ReportableDecision.Reportable
                ? T["Decided: reportable. Fill in what the report needs and send it to the administration."]
                : T["Decided: not reportable. The incident stays in the register."], $"/sgog/incidenten/{id}");
        }
        Theirs = await Db.Set<SgogIncident>().AsNoTracking().FirstAsync(i => i.Id == id, ct);
        Input.Version = Theirs.Version;
        ModelState.Remove("Input.Version");
        ModelState.AddModelError("", T["Another officer changed this incident while you were deciding. Your choice is still in the form; check theirs below and save again."]);
        return Page();
    }
}
