using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;

namespace Zicht.Features.Sgog;

/// <summary>A row of the "people involved" part of the form: a role, and a client, a staff member or a description.</summary>
public sealed class PersonRow
{
    public InvolvedRole? Role { get; set; }
    public Guid? ClientId { get; set; }
    public Guid? StaffId { get; set; }

    [StringLength(200, ErrorMessage = "{0} can be at most {1} characters.")]
    [Display(Name = "Description without a name")]
    public string? Label { get; set; }

    public bool IsEmpty => Role is null && ClientId is null && StaffId is null && string.IsNullOrWhiteSpace(Label);
}

/// <summary>A row of the escalation part: to whom, on which day, and a short note.</summary>
public sealed class EscalationRow
{
    public EscalationKind? Kind { get; set; }
    public DateOnly? On { get; set; }

    [StringLength(500, ErrorMessage = "{0} can be at most {1} characters.")]
    [Display(Name = "Note")]
    public string? Note { get; set; }

    public bool IsEmpty => Kind is null && On is null && string.IsNullOrWhiteSpace(Note);
}

/// <summary>
/// Everything an officer writes about an incident, for "register" and "edit" alike. Rules that need only the
/// form are here (<see cref="IncidentRules.Check"/>); rules that need the database (a client's date of birth,
/// whether a client is the provider's) are checked by the page.
/// </summary>
public sealed class IncidentInput
{
    public const int MaxText = 4000;
    public const int BlankPeopleRows = 3;
    public const int BlankEscalationRows = 2;

    /// <summary>The free-text parts of an incident (same length limit, all erased together).</summary>
    internal static readonly Expression<Func<SgogIncident, string?>>[] TextFields =
    [
        i => i.Description, i => i.SeverityEvidence, i => i.Sources, i => i.Mapping, i => i.ActionsTaken, i => i.ActionsPlanned,
        i => i.Professionals, i => i.SafetyInstalled, i => i.SafetyToInstall, i => i.ParentsView, i => i.ChildView,
        i => i.FosterParentsView, i => i.EscalationNote, i => i.Aftercare, i => i.Evaluation,
    ];

    [Required(ErrorMessage = "{0} is required.")]
    [Display(Name = "Happened on")]
    public DateOnly? OccurredOn { get; set; }

    [Required(ErrorMessage = "{0} is required.")]
    [Display(Name = "Recorded on")]
    public DateOnly? RecordedOn { get; set; }

    [Required(ErrorMessage = "{0} is required.")]
    [Display(Name = "Context")]
    public IncidentContext? Context { get; set; }

    [Required(ErrorMessage = "{0} is required.")]
    [StringLength(MaxText, ErrorMessage = "{0} can be at most {1} characters.")]
    [Display(Name = "Short description")]
    public string? Description { get; set; }

    [StringLength(MaxText, ErrorMessage = "{0} can be at most {1} characters.")] public string? SeverityEvidence { get; set; }
    [StringLength(MaxText, ErrorMessage = "{0} can be at most {1} characters.")] public string? Sources { get; set; }
    [StringLength(MaxText, ErrorMessage = "{0} can be at most {1} characters.")] public string? Mapping { get; set; }
    [StringLength(MaxText, ErrorMessage = "{0} can be at most {1} characters.")] public string? ActionsTaken { get; set; }
    [StringLength(MaxText, ErrorMessage = "{0} can be at most {1} characters.")] public string? ActionsPlanned { get; set; }
    [StringLength(MaxText, ErrorMessage = "{0} can be at most {1} characters.")] public string? Professionals { get; set; }
    [StringLength(MaxText, ErrorMessage = "{0} can be at most {1} characters.")] public string? SafetyInstalled { get; set; }
    [StringLength(MaxText, ErrorMessage = "{0} can be at most {1} characters.")] public string? SafetyToInstall { get; set; }
    [StringLength(MaxText, ErrorMessage = "{0} can be at most {1} characters.")] public string? ParentsView { get; set; }
    [StringLength(MaxText, ErrorMessage = "{0} can be at most {1} characters.")] public string? ChildView { get; set; }
    [StringLength(MaxText, ErrorMessage = "{0} can be at most {1} characters.")] public string? FosterParentsView { get; set; }
    [StringLength(MaxText, ErrorMessage = "{0} can be at most {1} characters.")] public string? EscalationNote { get; set; }
    [StringLength(MaxText, ErrorMessage = "{0} can be at most {1} characters.")] public string? Aftercare { get; set; }
    [StringLength(MaxText, ErrorMessage = "{0} can be at most {1} characters.")] public string? Evaluation { get; set; }

    [Display(Name = "Evaluated on")]
    public DateOnly? EvaluatedOn { get; set; }

    public List<PersonRow> People { get; set; } = [];
    public List<EscalationRow> Escalations { get; set; } = [];

    /// <summary>The version the form was loaded with (two officers editing at once).</summary>
    public int Version { get; set; }

    public static IncidentInput From(SgogIncident i) => new()
    {
        OccurredOn = i.OccurredOn,
        RecordedOn = i.RecordedOn,
        Context = i.Context,
        Description = i.Description,
        SeverityEvidence = i.SeverityEvidence,
        Sources = i.Sources,
        Mapping = i.Mapping,
        ActionsTaken = i.ActionsTaken,
        ActionsPlanned = i.ActionsPlanned,
        Professionals = i.Professionals,
        SafetyInstalled = i.SafetyInstalled,
        SafetyToInstall = i.SafetyToInstall,
        ParentsView = i.ParentsView,
        ChildView = i.ChildView,
        FosterParentsView = i.FosterParentsView,
        EscalationNote = i.EscalationNote,
        Aftercare = i.Aftercare,
        Evaluation = i.Evaluation,
        EvaluatedOn = i.EvaluatedOn,
        Version = i.Version,
        People = i.People.Select(p => new PersonRow { Role = p.Role, ClientId = p.CasePersonId, StaffId = p.StaffId, Label = p.Label }).ToList(),
        Escalations = i.Escalations.OrderBy(e => e.On).Select(e => new EscalationRow { Kind = e.Kind, On = e.On, Note = e.Note }).ToList(),
    };

    /// <summary>Adds blank rows so the form can take more people and escalations without script.</summary>
    public IncidentInput WithBlankRows()
    {
        People.RemoveAll(p => p.IsEmpty);
        Escalations.RemoveAll(e => e.IsEmpty);
        People.AddRange(Enumerable.Range(0, BlankPeopleRows).Select(_ => new PersonRow()));
        Escalations.AddRange(Enumerable.Range(0, BlankEscalationRows).Select(_ => new EscalationRow()));
        return this;
    }

    /// <summary>Writes the form into the incident; people and escalations are replaced by the filled rows.</summary>
    public void ApplyTo(SgogIncident i)
    {
        (i.OccurredOn, i.RecordedOn, i.Context) = (OccurredOn, RecordedOn!.Value, Context!.Value);
        (i.Description, i.SeverityEvidence, i.Sources, i.Mapping) = (Trim(Description), Trim(SeverityEvidence), Trim(Sources), Trim(Mapping));
        (i.ActionsTaken, i.ActionsPlanned, i.Professionals) = (Trim(ActionsTaken), Trim(ActionsPlanned), Trim(Professionals));
        (i.SafetyInstalled, i.SafetyToInstall) = (Trim(SafetyInstalled), Trim(SafetyToInstall));
        (i.ParentsView, i.ChildView, i.FosterParentsView) = (Trim(ParentsView), Trim(ChildView), Trim(FosterParentsView));
        (i.EscalationNote, i.Aftercare, i.Evaluation, i.EvaluatedOn) = (Trim(EscalationNote), Trim(Aftercare), Trim(Evaluation), EvaluatedOn);
        i.ChildViewRecorded = i.ChildView is not null;
        // Rows removed from a tracked incident are orphans and deleted with the save (required relationship).
        i.People.Clear();
        i.People.AddRange(People.Where(p => !p.IsEmpty).Select(p => new SgogInvolvedPerson
        {
            IncidentId = i.Id,
            Role = p.Role!.Value,
            CasePersonId = p.ClientId,
            StaffId = p.StaffId,
            Label = p.ClientId is null && p.StaffId is null ? Trim(p.Label) : null,
        }));
        i.Escalations.Clear();
        i.Escalations.AddRange(Escalations.Where(e => !e.IsEmpty)
            .Select(e => new SgogEscalation { IncidentId = i.Id, Kind = e.Kind!.Value, On = e.On!.Value, Note = Trim(e.Note) }));
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
