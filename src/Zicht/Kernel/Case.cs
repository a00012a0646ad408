using Zicht.Infrastructure;

namespace Zicht.Kernel;

public enum ReferralSource { Prosecutor, MDocument, SelfReferral, Partner, Other }

/// <summary>Lifecycle of a case (domain.md §3).</summary>
public enum CasePhase { Referral, Investigation, Indication, SafetyPlanning, Monitoring, Closed }

/// <summary>A case (dossier): one family's trajectory with the service.</summary>
public class Case : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The case's reference, unique within its organisation.</summary>
    public required string Reference { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ServiceId { get; set; }
    public Zicht.Kernel.Service? Service { get; set; }
    public Guid TeamId { get; set; }
    public Zicht.Kernel.Team? Team { get; set; }
    public Guid ResponsibleWorkerId { get; set; }
    public Zicht.Kernel.StaffUser? ResponsibleWorker { get; set; }

    public DateOnly ReferralDate { get; set; }
    public ReferralSource ReferralSource { get; set; }

    /// <summary>Was the family's network involved in the referral (wish 11)? Null: not known / not asked.</summary>
    public bool? NetworkInvolvedAtReferral { get; set; }

    /// <summary>Who of the network was involved, in the referrer's words.</summary>
    public string? NetworkInvolvedWho { get; set; }
    public string? MainTheme { get; set; }
    public string? ComplicatingFactors { get; set; }
    public CasePhase Phase { get; set; } = CasePhase.Referral;
    public DateOnly? ClosedOn { get; set; }
    public string? ClosureReason { get; set; }

    /// <summary>Set when this case reopens (re-referral of) an earlier closed case.</summary>
    public Guid? ReopensCaseId { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public int Version { get; set; }

    public List<CaseAssignment> Assignments { get; set; } = [];
    public List<CasePartnership> Partnerships { get; set; } = [];
    public List<CasePerson> People { get; set; } = [];
}

/// <summary>A co-worker on the case (tandem / co-consultant), besides the responsible worker.</summary>
public class CaseAssignment : ICaseOwned
{
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public Guid StaffId { get; set; }
    public Zicht.Kernel.StaffUser? Staff { get; set; }
}

/// <summary>A provider organisation working the case with the division (contextbegeleiding).</summary>
public class CasePartnership : ICaseOwned
{
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public Guid OrganisationId { get; set; }
    public Zicht.Kernel.Organisation? Organisation { get; set; }
    public DateOnly Since { get; set; }
}
