using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;
using Zicht.Infrastructure.Audit;
using Zicht.Kernel;

namespace Zicht.Features.Sgog;

/// <summary>Where it happened: the administration weighs this when deciding whether to involve the inspectorate (004:802–820).</summary>
public enum IncidentContext { WithinCare, OutsideCare }

/// <summary>The provider's decision whether the behaviour must be reported to the administration (004:770–782).</summary>
public enum ReportableDecision { Reportable, NotReportable }

/// <summary>Why an incident is not reportable. Exploratory behaviour of normal development is excluded by the regulation itself.</summary>
public enum NotReportableGround { ExploratoryDevelopment, NotSerious, NoMinorOrFosterPerson, Other }

/// <summary>Why personal content was erased (decision 044).</summary>
public enum ErasureGround { RetentionExpired, RegisteredInError, ErasureRequest }

/// <summary>
/// One entry of a provider's SGOG register (sexual boundary-crossing behaviour): internal, and wider than
/// what is reported. Every value is kept out of the audit trail (<see cref="AuditRedactedAttribute"/>), so
/// erasing the content (<see cref="SgogErasure"/>) leaves the append-only trail whole. The facts the figures
/// need (<see cref="Decision"/>, <see cref="EvaluatedOn"/>, <see cref="ChildViewRecorded"/>) survive erasure.
/// </summary>
[AuditRedacted]
public class SgogIncident : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }

    /// <summary>The register's own number, "2026-003": unique per provider, never a name.</summary>
    public required string Reference { get; set; }
    public DateOnly RecordedOn { get; set; }
    public Guid RecordedById { get; set; }
    public DateOnly? OccurredOn { get; set; }
    public IncidentContext Context { get; set; }

    public string? Description { get; set; }
    public string? SeverityEvidence { get; set; }
    public string? Sources { get; set; }
    public string? Mapping { get; set; }
    public string? ActionsTaken { get; set; }
    public string? ActionsPlanned { get; set; }
    public string? Professionals { get; set; }
    public string? SafetyInstalled { get; set; }
    public string? SafetyToInstall { get; set; }
    public string? ParentsView { get; set; }
    public string? ChildView { get; set; }
    public string? FosterParentsView { get; set; }
    public string? EscalationNote { get; set; }
    public string? Aftercare { get; set; }
    public string? Evaluation { get; set; }
    public DateOnly? EvaluatedOn { get; set; }

    /// <summary>Kept apart from <see cref="ChildView"/> so the figure survives erasure; set with it (<see cref="IncidentInput.ApplyTo"/>).</summary>
    public bool ChildViewRecorded { get; set; }

    public ReportableDecision? Decision { get; set; }
    public NotReportableGround? NotReportableGround { get; set; }
    public string? DecisionReason { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public Guid? DecidedById { get; set; }

    public DateOnly? ErasedOn { get; set; }
    public Guid? ErasedById { get; set; }
    public ErasureGround? ErasureGround { get; set; }

    public int Version { get; set; }

    public List<SgogInvolvedPerson> People { get; set; } = [];
    public List<SgogEscalation> Escalations { get; set; } = [];
    public SgogReport? Report { get; set; }
}

/// <summary>The roles the regulation names (004:770–782); in foster care an adult foster person too.</summary>
public enum InvolvedRole { MinorVictim, MinorPerpetrator, AdultFosterPerson, Staff, Other }

/// <summary>
/// Someone involved, by role. A client of the provider (a person of a case the provider works) or a staff
/// member is referred to, not typed; <see cref="Label"/> describes anyone else without a name. Deliberately
/// not <c>ICaseOwned</c>: the case's own audit trail must not show that a child appears in the SGOG register.
/// </summary>
[AuditRedacted]
public class SgogInvolvedPerson
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IncidentId { get; set; }
    public InvolvedRole Role { get; set; }
    public Guid? CasePersonId { get; set; }
    public Guid? StaffId { get; set; }
    public string? Label { get; set; }
}

public enum EscalationKind { Prosecutor, Vk, Police, Other }

/// <summary>Escalation to the right level, with its date (004:799: "situatie melden bij de procureur, VK").</summary>
[AuditRedacted]
public class SgogEscalation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IncidentId { get; set; }
    public EscalationKind Kind { get; set; }
    public DateOnly On { get; set; }
    public string? Note { get; set; }
}

internal sealed class SgogIncidentConfiguration : IEntityTypeConfiguration<SgogIncident>
{
    public void Configure(EntityTypeBuilder<SgogIncident> b)
    {
        b.ToTable("SgogIncidents");
        b.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(i => new { i.OrganisationId, i.Reference }).IsUnique();
        b.Property(i => i.Reference).HasMaxLength(20);
        b.Property(i => i.Context).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.Decision).HasConversion<string>().HasMaxLength(20);
        b.Property(i => i.NotReportableGround).HasConversion<string>().HasMaxLength(30);
        b.Property(i => i.ErasureGround).HasConversion<string>().HasMaxLength(30);
        foreach (var text in IncidentInput.TextFields)
        {
            b.Property(text).HasMaxLength(IncidentInput.MaxText);
        }
        b.Property(i => i.DecisionReason).HasMaxLength(2000);
        b.HasMany(i => i.People).WithOne().HasForeignKey(p => p.IncidentId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(i => i.Escalations).WithOne().HasForeignKey(e => e.IncidentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SgogInvolvedPersonConfiguration : IEntityTypeConfiguration<SgogInvolvedPerson>
{
    public void Configure(EntityTypeBuilder<SgogInvolvedPerson> b)
    {
        b.ToTable("SgogInvolvedPeople");
        // Rows are replaced through the incident's collection: a key set by the app must mean "new", not "existing".
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Role).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Label).HasMaxLength(200);
        // A case person may be erased with their case; the register keeps the role, not the reference.
        b.HasOne<CasePerson>().WithMany().HasForeignKey(p => p.CasePersonId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<StaffUser>().WithMany().HasForeignKey(p => p.StaffId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class SgogEscalationConfiguration : IEntityTypeConfiguration<SgogEscalation>
{
    public void Configure(EntityTypeBuilder<SgogEscalation> b)
    {
        b.ToTable("SgogEscalations");
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Note).HasMaxLength(500);
    }
}
