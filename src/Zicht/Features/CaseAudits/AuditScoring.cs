using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.CaseAudits;

/// <summary>
/// One participant's scoring, stored only when submitted and never changed afterwards. The unique
/// (audit, role) index is what refuses a second scoring, also when two submits race.
/// </summary>
public class AuditScoring : ICaseOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public Guid AuditId { get; set; }
    public AuditRole Role { get; set; }
    public Guid ScorerId { get; set; }
    public DateTime SubmittedAt { get; set; } = DateTime.UtcNow;
    public List<AuditScore> Scores { get; set; } = [];
}

/// <summary>The answer to one scaling question: a score on the template's scale, or none ("don't know"), and a note.</summary>
public class AuditScore : ICaseOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public Guid ScoringId { get; set; }
    public required string Principle { get; set; }
    public required string Question { get; set; }
    public int? Score { get; set; }
    public string? Note { get; set; }
    public List<AuditEvidenceLink> Evidence { get; set; } = [];
}

/// <summary>A record of the case a score leans on; the label is kept as it read when the score was given.</summary>
public class AuditEvidenceLink : ICaseOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public Guid ScoreId { get; set; }
    public EvidenceSource Source { get; set; }
    public Guid RecordId { get; set; }
    public required string Label { get; set; }
}

internal sealed class AuditScoringConfiguration : IEntityTypeConfiguration<AuditScoring>
{
    public void Configure(EntityTypeBuilder<AuditScoring> b)
    {
        b.HasOne(s => s.Case).WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.Role).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(s => new { s.AuditId, s.Role }).IsUnique();
        b.HasMany(s => s.Scores).WithOne().HasForeignKey(x => x.ScoringId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditScoreConfiguration : IEntityTypeConfiguration<AuditScore>
{
    public void Configure(EntityTypeBuilder<AuditScore> b)
    {
        b.HasOne(s => s.Case).WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.Principle).HasMaxLength(20);
        b.Property(s => s.Question).HasMaxLength(40);
        b.Property(s => s.Note).HasMaxLength(2000);
        b.HasMany(s => s.Evidence).WithOne().HasForeignKey(e => e.ScoreId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditEvidenceLinkConfiguration : IEntityTypeConfiguration<AuditEvidenceLink>
{
    public void Configure(EntityTypeBuilder<AuditEvidenceLink> b)
    {
        b.HasOne(e => e.Case).WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(e => e.Source).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Label).HasMaxLength(300);
    }
}
