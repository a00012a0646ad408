using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.Quality;

public enum SelfEvaluationStatus { Draft, Submitted }

/// <summary>The methods a provider used for its self-evaluation (seed 004:201–210: several at once is common).</summary>
[Flags]
public enum EvaluationMethods { None = 0, QualityFramework = 1, Proza = 2, OwnMethod = 4, Other = 8 }

/// <summary>
/// A provider's self-evaluation of one year (spec §2.3, §2.9): who took part, with which methods, and per
/// department every domain scored. The organisation's level is never stored: <see cref="QualityRules"/>
/// derives it. <see cref="Version"/> guards the whole evaluation: every save of a department's scores
/// bumps it, so two people editing the same year at once are told, not silently overwritten.
/// </summary>
public class SelfEvaluation : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public int Year { get; set; }
    public string? Participants { get; set; }
    public EvaluationMethods Methods { get; set; }
    public SelfEvaluationStatus Status { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
    public List<DomainScore> Scores { get; set; } = [];
}

/// <summary>
/// One department's growth level of one domain, with the three-part motivation of spec §2.3 rule 6:
/// the explanation, the elements already present from higher levels, and the link to improvement actions.
/// </summary>
public class DomainScore
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid SelfEvaluationId { get; set; }
    public Guid DepartmentId { get; set; }
    public QualityDepartment? Department { get; set; }
    public required string Domain { get; set; }
    public int Level { get; set; }
    public bool CarriedOver { get; set; }
    public string? Explanation { get; set; }
    public string? HigherLevelElements { get; set; }
    public string? ActionLinks { get; set; }
}

/// <summary>An afdeling of a provider, with its work form (werkvorm: OVBJ, OOOC, HCA, CaH, CIG, DPZ, OTA …).</summary>
public class QualityDepartment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public required string Name { get; set; }
    public required string WorkForm { get; set; }
}

internal sealed class SelfEvaluationConfiguration : IEntityTypeConfiguration<SelfEvaluation>, IEntityTypeConfiguration<DomainScore>, IEntityTypeConfiguration<QualityDepartment>
{
    public void Configure(EntityTypeBuilder<SelfEvaluation> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(e => new { e.OrganisationId, e.Year }).IsUnique();
        b.Property(e => e.Participants).HasMaxLength(2000);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        b.HasMany(e => e.Scores).WithOne().HasForeignKey(s => s.SelfEvaluationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<DomainScore> b)
    {
        b.HasOne(s => s.Department).WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.SelfEvaluationId, s.DepartmentId, s.Domain }).IsUnique();
        b.Property(s => s.Domain).HasMaxLength(40);
        b.Property(s => s.Explanation).HasMaxLength(4000);
        b.Property(s => s.HigherLevelElements).HasMaxLength(4000);
        b.Property(s => s.ActionLinks).HasMaxLength(2000);
    }

    public void Configure(EntityTypeBuilder<QualityDepartment> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => new { d.OrganisationId, d.Name, d.WorkForm }).IsUnique();
        b.Property(d => d.Name).HasMaxLength(200);
        b.Property(d => d.WorkForm).HasMaxLength(20);
    }
}
