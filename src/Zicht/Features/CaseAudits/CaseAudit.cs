using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.CaseAudits;

/// <summary>A scored collaborative case audit, or the lighter appreciative interview (spec §1.9): a conversation without scores.</summary>
public enum AuditKind { CaseAudit, AppreciativeInterview }

/// <summary>Why this case was chosen: a case the team is proud of is as good a reason as a hard one.</summary>
public enum AuditOccasion { Proud, Hard, Other }

/// <summary>The two people of an audit. The worker scores themselves; the reviewer scores the same case alone.</summary>
public enum AuditRole { Worker, Reviewer }

/// <summary>Derived, never stored: see <see cref="AuditRules.StatusOf"/>.</summary>
public enum AuditStatus { Scoring, ReadyToCompare, Conversation, Closed, Stopped }

/// <summary>
/// One audit of one case by its worker and a reviewer (spec §1.10). Tied to the template version it
/// started with. The stage is kept as two dates (compared, closed) so two people acting at once can never
/// leave it in a state that contradicts the scorings.
/// </summary>
public class CaseAudit : ICaseOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public Guid TemplateVersionId { get; set; }
    public AuditKind Kind { get; set; }
    public Guid WorkerId { get; set; }
    public Guid ReviewerId { get; set; }
    public Guid StartedById { get; set; }
    public AuditOccasion Occasion { get; set; }
    public string? Reason { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateTime? ComparedAt { get; set; }
    public DateOnly? ClosedOn { get; set; }

    /// <summary>Stopped before both scorings were in (started by mistake, or no longer wanted); kept, never counted.</summary>
    public DateOnly? StoppedOn { get; set; }

    public List<AuditScoring> Scorings { get; set; } = [];
    public AuditConversation? Conversation { get; set; }
}

internal sealed class CaseAuditConfiguration : IEntityTypeConfiguration<CaseAudit>
{
    public void Configure(EntityTypeBuilder<CaseAudit> b)
    {
        b.HasOne(a => a.Case).WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AuditTemplateVersion>().WithMany().HasForeignKey(a => a.TemplateVersionId).OnDelete(DeleteBehavior.Restrict);
        b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(a => a.Occasion).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Reason).HasMaxLength(1000);
        b.HasMany(a => a.Scorings).WithOne().HasForeignKey(s => s.AuditId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(a => a.Conversation).WithOne().HasForeignKey<AuditConversation>(c => c.AuditId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(a => a.WorkerId);
        b.HasIndex(a => a.ReviewerId);
        b.HasIndex(a => a.CaseId);
    }
}
