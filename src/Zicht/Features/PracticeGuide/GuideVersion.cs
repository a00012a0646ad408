using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Kernel;

namespace Zicht.Features.PracticeGuide;

/// <summary>
/// How an expectation is read from the records, where it can be: a practice step of the catalogue has a date
/// ("the child was heard" = step 04), or the case was discussed in a process team. None: only the worker knows.
/// </summary>
public enum ExpectationRule { None, Step, ProcessTeam }

/// <summary>
/// One published version of the practice guide (praktijkgids). Practice leads edit by publishing a new version;
/// earlier versions stay as they were, so an acknowledgement always points at the text that was read.
/// </summary>
public class GuideVersion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public int Number { get; set; }
    public DateOnly PublishedOn { get; set; }
    public Guid PublishedById { get; set; }
    public StaffUser? PublishedBy { get; set; }
    public string? Note { get; set; }
    public List<MinimalExpectation> Expectations { get; set; } = [];
}

/// <summary>A minimal expectation (minimale verwachting) of one process step (the case's phase), in Dutch and English.</summary>
public class MinimalExpectation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid GuideVersionId { get; set; }
    public GuideVersion? GuideVersion { get; set; }
    public CasePhase Phase { get; set; }
    public int Order { get; set; }
    public required string Dutch { get; set; }
    public required string English { get; set; }
    public ExpectationRule Rule { get; set; }

    /// <summary>For <see cref="ExpectationRule.Step"/>: the catalogue's step.</summary>
    public PracticeStep? Step { get; set; }

    public string Text => System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "nl" ? Dutch : English;
}

/// <summary>A worker's yearly acknowledgement of the guide (tekenen per jaar, seed 001:5869–5871).</summary>
public class GuideAcknowledgement
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StaffId { get; set; }
    public StaffUser? Staff { get; set; }
    public int Year { get; set; }
    public Guid GuideVersionId { get; set; }
    public GuideVersion? GuideVersion { get; set; }
    public DateOnly AcknowledgedOn { get; set; }
}

internal sealed class GuideVersionConfiguration : IEntityTypeConfiguration<GuideVersion>
{
    public void Configure(EntityTypeBuilder<GuideVersion> b)
    {
        b.HasIndex(v => v.Number).IsUnique();
        b.Property(v => v.Note).HasMaxLength(1000);
        b.HasOne(v => v.PublishedBy).WithMany().HasForeignKey(v => v.PublishedById).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(v => v.Expectations).WithOne(e => e.GuideVersion).HasForeignKey(e => e.GuideVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MinimalExpectationConfiguration : IEntityTypeConfiguration<MinimalExpectation>
{
    public void Configure(EntityTypeBuilder<MinimalExpectation> b)
    {
        b.Property(e => e.Phase).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Rule).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Dutch).HasMaxLength(500);
        b.Property(e => e.English).HasMaxLength(500);
        b.Ignore(e => e.Text);
    }
}

internal sealed class GuideAcknowledgementConfiguration : IEntityTypeConfiguration<GuideAcknowledgement>
{
    public void Configure(EntityTypeBuilder<GuideAcknowledgement> b)
    {
        b.HasIndex(a => new { a.StaffId, a.Year }).IsUnique();
        b.HasOne(a => a.Staff).WithMany().HasForeignKey(a => a.StaffId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(a => a.GuideVersion).WithMany().HasForeignKey(a => a.GuideVersionId).OnDelete(DeleteBehavior.Restrict);
    }
}
