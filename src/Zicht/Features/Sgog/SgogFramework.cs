using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Kernel;

namespace Zicht.Features.Sgog;

/// <summary>The two documents every provider must have since 2014 (004:737–757).</summary>
public enum SgogDocumentKind { Framework, Procedure }

/// <summary>
/// One version of the written reference framework or of the procedure, with its adoption date. Versions are
/// never edited: a change is a new version, so an inspection can see what was in force when. For the procedure,
/// four checks say whether it covers prevention, detection, response and registration (40 % were incomplete).
/// </summary>
public class SgogDocument
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public SgogDocumentKind Kind { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public DateOnly AdoptedOn { get; set; }
    public string? Notes { get; set; }
    public bool CoversPrevention { get; set; }
    public bool CoversDetection { get; set; }
    public bool CoversResponse { get; set; }
    public bool CoversRegistration { get; set; }
    public Guid? FileId { get; set; }
    public DateOnly AddedOn { get; set; }
    public Guid AddedById { get; set; }
}

/// <summary>Staff and users informed of the vision, staff trained (004:242–254, 272–282).</summary>
public enum AwarenessKind { StaffInformed, UsersInformed, StaffTrained }

/// <summary>A day staff or users were informed, or staff were trained, with a short description and how many took part.</summary>
public class SgogAwareness
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public AwarenessKind Kind { get; set; }
    public DateOnly On { get; set; }
    public required string Description { get; set; }
    public int? Participants { get; set; }
}

internal sealed class SgogDocumentConfiguration : IEntityTypeConfiguration<SgogDocument>
{
    public void Configure(EntityTypeBuilder<SgogDocument> b)
    {
        b.ToTable("SgogDocuments");
        b.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SgogFile>().WithMany().HasForeignKey(d => d.FileId).OnDelete(DeleteBehavior.Restrict);
        // Two officers adding a version at once cannot both get the same number.
        b.HasIndex(d => new { d.OrganisationId, d.Kind, d.Number }).IsUnique();
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Title).HasMaxLength(200);
        b.Property(d => d.Notes).HasMaxLength(2000);
    }
}

internal sealed class SgogAwarenessConfiguration : IEntityTypeConfiguration<SgogAwareness>
{
    public void Configure(EntityTypeBuilder<SgogAwareness> b)
    {
        b.ToTable("SgogAwareness");
        b.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Description).HasMaxLength(300);
    }
}
