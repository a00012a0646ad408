using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.ChildVoice;

/// <summary>
/// A drawing or photo attached to a child-voice record or a words-and-pictures document. The bytes
/// live outside wwwroot under <see cref="StorageKey"/> and are only served after a case-access check.
/// </summary>
public class CaseUpload : ICaseOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public Guid? ChildVoiceRecordId { get; set; }
    public Guid? WordsAndPicturesId { get; set; }

    /// <summary>The name the uploader gave the file: shown, never used as a path.</summary>
    public required string OriginalName { get; set; }
    public required string ContentType { get; set; }
    public long Length { get; set; }
    public required string StorageKey { get; set; }

    /// <summary>Child's consent to show this to parents (child-voice drawings); documents for the family are shared.</summary>
    public bool SharedWithParents { get; set; }
    public DateTime UploadedAt { get; set; } = DateTime.UtcNow;
}

internal sealed class CaseUploadConfiguration : IEntityTypeConfiguration<CaseUpload>
{
    public void Configure(EntityTypeBuilder<CaseUpload> b)
    {
        b.HasOne(u => u.Case).WithMany().HasForeignKey(u => u.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ChildVoiceRecord>().WithMany().HasForeignKey(u => u.ChildVoiceRecordId).OnDelete(DeleteBehavior.SetNull);
        // The link to a words-and-pictures document is configured on that side (it uses uploads, not the other way round).
        b.Property(u => u.OriginalName).HasMaxLength(255);
        b.Property(u => u.ContentType).HasMaxLength(40);
        b.Property(u => u.StorageKey).HasMaxLength(100);
        b.HasIndex(u => u.CaseId);
    }
}
