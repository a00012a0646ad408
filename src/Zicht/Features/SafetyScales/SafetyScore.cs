using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.SafetyScales;

public enum ScorerRole { Worker, TeamLead, Parent, Child, NetworkMember, Partner }

/// <summary>
/// One safety-scale score (veiligheidsschaal): 10 = safe enough to close, 0 = certain harm.
/// A "person" on the trend chart is the pair role + name, so two parents stay two lines.
/// </summary>
public class SafetyScore : ICaseOwned
{
    public const int Min = 0;
    public const int Max = 10;

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public DateOnly ScoredOn { get; set; }
    public int Score { get; set; }
    public ScorerRole ScorerRole { get; set; }
    public required string ScorerName { get; set; }
    public string? Note { get; set; }

    /// <summary>A score the child gave reaches parent-facing outputs only with the child's consent (others always do).</summary>
    public bool SharedWithParents { get; set; }

    public bool ParentsMaySee => ScorerRole != ScorerRole.Child || SharedWithParents;
    public DateTime RecordedAt { get; set; } = DateTime.UtcNow;
}

internal sealed class SafetyScoreConfiguration : IEntityTypeConfiguration<SafetyScore>
{
    public void Configure(EntityTypeBuilder<SafetyScore> b)
    {
        b.HasOne(s => s.Case).WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.ScorerRole).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.ScorerName).HasMaxLength(100);
        b.Property(s => s.Note).HasMaxLength(1000);
        b.HasIndex(s => new { s.CaseId, s.ScoredOn });
        b.ToTable(t => t.HasCheckConstraint("CK_SafetyScore_Range", "\"Score\" BETWEEN 0 AND 10"));
    }
}
