using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;
using Zicht.Infrastructure.Audit;
using Zicht.Kernel;

namespace Zicht.Features.Sgog;

/// <summary>
/// A report to the administration, created only when the provider sends it: the administration sees every
/// row and nothing else of the register. Its content is a frozen copy of the incident's parts that the
/// administration asks for (<see cref="ReportContent"/>, one <see cref="SgogReportSection"/> each), so later
/// work on the incident never changes what was sent. The rest are the steps the provider sees.
/// </summary>
[AuditRedacted]
public class SgogReport : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid IncidentId { get; set; }
    public Guid OrganisationId { get; set; }
    public DateOnly SentOn { get; set; }
    public Guid SentById { get; set; }

    /// <summary>The administration's own file number, recorded with the reading.</summary>
    public string? AdministrationReference { get; set; }
    public DateOnly? ReadOn { get; set; }
    public Guid? ReadById { get; set; }

    /// <summary>Whether the administration involves the inspectorate (Zorginspectie); recorded with the reading.</summary>
    public bool? InspectorateInvolved { get; set; }

    /// <summary>The summary note returned to the provider ("Samenvattende nota wordt bezorgd", 004:826).</summary>
    public string? SummaryNote { get; set; }
    public DateOnly? NoteReturnedOn { get; set; }
    public Guid? NoteById { get; set; }
    public DateOnly? ErasedOn { get; set; }
    public int Version { get; set; }

    public List<SgogReportSection> Sections { get; set; } = [];
}

/// <summary>One part of a sent report, by its code in <see cref="ReportContent.Parts"/>.</summary>
[AuditRedacted]
public class SgogReportSection
{
    public Guid ReportId { get; set; }
    public required string Part { get; set; }
    public required string Text { get; set; }
}

internal sealed class SgogReportConfiguration : IEntityTypeConfiguration<SgogReport>
{
    public void Configure(EntityTypeBuilder<SgogReport> b)
    {
        b.ToTable("SgogReports");
        // One report per incident: two officers pressing "send" at once cannot send it twice.
        b.HasOne<SgogIncident>().WithOne(i => i.Report).HasForeignKey<SgogReport>(r => r.IncidentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => r.IncidentId).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(r => r.AdministrationReference).HasMaxLength(50);
        b.Property(r => r.SummaryNote).HasMaxLength(IncidentInput.MaxText);
        b.HasMany(r => r.Sections).WithOne().HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SgogReportSectionConfiguration : IEntityTypeConfiguration<SgogReportSection>
{
    public void Configure(EntityTypeBuilder<SgogReportSection> b)
    {
        b.ToTable("SgogReportSections");
        b.HasKey(s => new { s.ReportId, s.Part });
        b.Property(s => s.Part).HasMaxLength(30);
        b.Property(s => s.Text).HasMaxLength(IncidentInput.MaxText + 2000);
    }
}
