using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.Learning;

/// <summary>What someone did in a session (seed 001:4353–4363: "een rol zoals de 'advisor' of 'facilitator'").</summary>
public enum SessionRole { Participant, CaseBringer, Advisor, Facilitator, Trainer }

/// <summary>
/// One meeting of a structure: when, the theme, who was there (partner organisations included) and a short
/// feedback note for the colleagues who were not (the "duidelijke en gestructureerde terugkoppeling" that
/// non-participants miss, seed 001:4517).
/// </summary>
public class LearningSession : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StructureId { get; set; }
    public LearningStructure? Structure { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Theme { get; set; }

    /// <summary>Written for the members who were not there.</summary>
    public string? FeedbackNote { get; set; }
    public Guid FacilitatorId { get; set; }
    public StaffUser? Facilitator { get; set; }
    public int Version { get; set; }
    public List<SessionAttendee> Attendees { get; set; } = [];
    public List<SessionPartner> Partners { get; set; } = [];
}

/// <summary>A staff member (of the division or a partner) who attended, and in which role.</summary>
public class SessionAttendee
{
    public Guid SessionId { get; set; }
    public LearningSession? Session { get; set; }
    public Guid StaffId { get; set; }
    public StaffUser? Staff { get; set; }
    public SessionRole Role { get; set; }
}

/// <summary>A partner organisation that was represented (also when its people have no account).</summary>
public class SessionPartner
{
    public Guid SessionId { get; set; }
    public LearningSession? Session { get; set; }
    public Guid OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
}

/// <summary>A case discussed in a session. Case-owned: only those who may open the case see the link.</summary>
public class SessionCase : ICaseOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SessionId { get; set; }
    public LearningSession? Session { get; set; }
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
}

internal sealed class LearningSessionConfiguration : IEntityTypeConfiguration<LearningSession>
{
    public void Configure(EntityTypeBuilder<LearningSession> b)
    {
        b.Property(s => s.Theme).HasMaxLength(300);
        b.Property(s => s.FeedbackNote).HasMaxLength(4000);
        b.HasOne(s => s.Structure).WithMany().HasForeignKey(s => s.StructureId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(s => s.Facilitator).WithMany().HasForeignKey(s => s.FacilitatorId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Attendees).WithOne(a => a.Session).HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Partners).WithOne(p => p.Session).HasForeignKey(p => p.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.StructureId, s.HeldOn });
    }
}

internal sealed class SessionAttendeeConfiguration : IEntityTypeConfiguration<SessionAttendee>
{
    public void Configure(EntityTypeBuilder<SessionAttendee> b)
    {
        b.HasKey(a => new { a.SessionId, a.StaffId });
        b.Property(a => a.Role).HasConversion<string>().HasMaxLength(20);
        b.HasOne(a => a.Staff).WithMany().HasForeignKey(a => a.StaffId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => a.StaffId);
    }
}

internal sealed class SessionPartnerConfiguration : IEntityTypeConfiguration<SessionPartner>
{
    public void Configure(EntityTypeBuilder<SessionPartner> b)
    {
        b.HasKey(p => new { p.SessionId, p.OrganisationId });
        b.HasOne(p => p.Organisation).WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SessionCaseConfiguration : IEntityTypeConfiguration<SessionCase>
{
    public void Configure(EntityTypeBuilder<SessionCase> b)
    {
        b.HasOne(c => c.Session).WithMany().HasForeignKey(c => c.SessionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(c => c.Case).WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(c => new { c.SessionId, c.CaseId }).IsUnique();
    }
}
