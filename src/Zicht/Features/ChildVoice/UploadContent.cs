using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;
using Zicht.Infrastructure.Audit;
using Zicht.Kernel;

namespace Zicht.Features.ChildVoice;

/// <summary>
/// The bytes of an upload, in the database so every app node reads the same file (decision 067). Added
/// to the same save as its <see cref="CaseUpload"/>: the file and its record exist together or not at all.
/// Removed with its case (cascade), or by <see cref="UploadStore.DeleteAsync"/> with its record.
/// The audit line of its creation names the key only: a drawing does not belong in the trail.
/// </summary>
[AuditRedacted]
public class UploadContent : ICaseOwned
{
    public required string StorageKey { get; set; }
    public Guid CaseId { get; set; }
    public required byte[] Bytes { get; set; }
}

internal sealed class UploadContentConfiguration : IEntityTypeConfiguration<UploadContent>
{
    public void Configure(EntityTypeBuilder<UploadContent> b)
    {
        b.ToTable("UploadContents");
        b.HasKey(u => u.StorageKey);
        b.Property(u => u.StorageKey).HasMaxLength(100);
        b.HasOne<Case>().WithMany().HasForeignKey(u => u.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(u => u.CaseId);
    }
}
