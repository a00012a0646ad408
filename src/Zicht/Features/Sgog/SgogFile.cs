using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure.Audit;
using Zicht.Kernel;

namespace Zicht.Features.Sgog;

/// <summary>
/// An attachment of an incident or the file of a framework or procedure version. The bytes live in the
/// database, not on disk: one transaction writes or erases them with their record, every app instance serves
/// them, and erasure leaves no file behind. Lists never load <see cref="Content"/> (they project).
/// </summary>
[AuditRedacted]
public class SgogFile
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public Guid? IncidentId { get; set; }

    /// <summary>The name the uploader gave: shown, never used as a path.</summary>
    public required string OriginalName { get; set; }

    /// <summary>Decided by the file's first bytes (<see cref="SgogFileCheck"/>), never by its name or the browser.</summary>
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public required byte[] Content { get; set; }
    public DateOnly UploadedOn { get; set; }
    public Guid UploadedById { get; set; }
}

internal sealed class SgogFileConfiguration : IEntityTypeConfiguration<SgogFile>
{
    public void Configure(EntityTypeBuilder<SgogFile> b)
    {
        b.ToTable("SgogFiles");
        b.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<SgogIncident>().WithMany().HasForeignKey(f => f.IncidentId).OnDelete(DeleteBehavior.Cascade);
        b.Property(f => f.OriginalName).HasMaxLength(255);
        b.Property(f => f.ContentType).HasMaxLength(100);
        b.HasIndex(f => f.IncidentId);
    }
}
