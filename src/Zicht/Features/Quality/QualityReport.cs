using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.Quality;

public enum ReportStatus { Draft, Submitted, Read }

/// <summary>
/// The yearly quality report (kwaliteitsverslag) of one provider, in the six sections of seed 004:676–697.
/// Only the three free sections are stored; key figures, self-evaluation and quality planning are
/// generated from what was recorded once (<see cref="ReportSections"/>). Draft → submitted → read by the
/// administration (inhoudelijke lezing), with its feedback.
/// </summary>
public class QualityReport : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public int Year { get; set; }
    public string? Vision { get; set; }
    public string? ThemeTitle { get; set; }
    public string? QualityTheme { get; set; }
    public string? OtherInformation { get; set; }
    public ReportStatus Status { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public DateTime? ReadAt { get; set; }
    public string? ReadBy { get; set; }
    public string? Feedback { get; set; }
    public int Version { get; set; }
}

internal sealed class QualityReportConfiguration : IEntityTypeConfiguration<QualityReport>
{
    public void Configure(EntityTypeBuilder<QualityReport> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.OrganisationId, r.Year }).IsUnique();
        b.Property(r => r.Vision).HasMaxLength(20000);
        b.Property(r => r.ThemeTitle).HasMaxLength(200);
        b.Property(r => r.QualityTheme).HasMaxLength(20000);
        b.Property(r => r.OtherInformation).HasMaxLength(20000);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.ReadBy).HasMaxLength(200);
        b.Property(r => r.Feedback).HasMaxLength(8000);
    }
}
