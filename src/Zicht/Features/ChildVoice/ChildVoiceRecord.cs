using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.ChildVoice;

public enum ChildVoiceTool { ThreeHouses, FairyWizard, SafeHouse }

/// <summary>The part of a tool the child's words belong to (the three houses each are one part).</summary>
public enum ChildVoicePart { HouseOfWorries, HouseOfGoodThings, HouseOfDreams, Wishes, SafeHouse }

/// <summary>
/// What a child said or drew with one of the child-interview tools, in the child's own words.
/// <see cref="SharedWithParents"/> is the child's consent: without it the words and drawings stay
/// out of every parent-facing output (domain.md §3).
/// </summary>
public class ChildVoiceRecord : ICaseOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public Guid ChildId { get; set; }
    public CasePerson? Child { get; set; }
    public ChildVoiceTool Tool { get; set; }
    public ChildVoicePart Part { get; set; }
    public DateOnly RecordedOn { get; set; }
    public required string ChildWords { get; set; }
    public bool SharedWithParents { get; set; }
    public int Version { get; set; }
}

internal sealed class ChildVoiceRecordConfiguration : IEntityTypeConfiguration<ChildVoiceRecord>
{
    public void Configure(EntityTypeBuilder<ChildVoiceRecord> b)
    {
        b.HasOne(r => r.Case).WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.Child).WithMany().HasForeignKey(r => r.ChildId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.Tool).HasConversion<string>().HasMaxLength(16);
        b.Property(r => r.Part).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.ChildWords).HasMaxLength(4000);
        b.HasIndex(r => new { r.CaseId, r.RecordedOn });
    }
}
