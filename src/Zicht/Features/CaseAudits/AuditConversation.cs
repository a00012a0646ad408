using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.CaseAudits;

/// <summary>
/// The appreciative conversation (waarderend gesprek, 001:7763–7765): what went well first, then what
/// could be better, what the worker is satisfied with, how they approached the process, and the agreed
/// learning points. Both participants may write in it, so it is versioned: two saves at once never
/// silently overwrite each other. The worker's reflection may be added after the audit closed.
/// </summary>
public class AuditConversation : ICaseOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public Guid AuditId { get; set; }
    public DateOnly? HeldOn { get; set; }
    public string? WentWell { get; set; }
    public string? CouldBeBetter { get; set; }
    public string? WorkerSatisfiedWith { get; set; }
    public string? Approach { get; set; }
    public string? WorkerReflection { get; set; }
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    public int Version { get; set; }
    public List<AuditLearningPoint> LearningPoints { get; set; } = [];
}

/// <summary>An agreed learning point, tagged with the principle it is about (the "themes" on aggregate pages).</summary>
public class AuditLearningPoint : ICaseOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public Guid ConversationId { get; set; }
    public required string Principle { get; set; }
    public required string Text { get; set; }
}

internal sealed class AuditConversationConfiguration : IEntityTypeConfiguration<AuditConversation>
{
    public void Configure(EntityTypeBuilder<AuditConversation> b)
    {
        b.HasOne(c => c.Case).WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        foreach (var text in new[] { nameof(AuditConversation.WentWell), nameof(AuditConversation.CouldBeBetter), nameof(AuditConversation.WorkerSatisfiedWith), nameof(AuditConversation.Approach), nameof(AuditConversation.WorkerReflection) })
        {
            b.Property(text).HasMaxLength(4000);
        }
        b.HasMany(c => c.LearningPoints).WithOne().HasForeignKey(p => p.ConversationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditLearningPointConfiguration : IEntityTypeConfiguration<AuditLearningPoint>
{
    public void Configure(EntityTypeBuilder<AuditLearningPoint> b)
    {
        b.HasOne(p => p.Case).WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(p => p.Principle).HasMaxLength(20);
        b.Property(p => p.Text).HasMaxLength(500);
    }
}
