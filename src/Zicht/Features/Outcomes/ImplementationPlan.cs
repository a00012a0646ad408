using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;

namespace Zicht.Features.Outcomes;

/// <summary>
/// An organisation objective of the implementation plan (001:8109–8117: "reach these objectives by the
/// end of 2019"), with the outcome-table indicators that tell whether it was reached.
/// </summary>
public class OrganisationObjective : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Text { get; set; }
    public DateOnly TargetDate { get; set; }

    /// <summary>Ids of <see cref="OutcomeIndicator"/>s, comma-separated (a short list; indicators are few).</summary>
    public string IndicatorIds { get; set; } = "";
    public int Version { get; set; }
    public List<ObjectiveReview> Reviews { get; set; } = [];

    public IReadOnlyList<Guid> Indicators => [.. IndicatorIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)];
}

public enum ReviewVerdict { Reached, PartlyReached, NotReached, CannotTell }

/// <summary>A dated review: was the objective reached, and on what evidence (so "was it reached in 2019?" has an answer).</summary>
public class ObjectiveReview
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ObjectiveId { get; set; }
    public DateOnly ReviewedOn { get; set; }
    public ReviewVerdict Verdict { get; set; }
    public required string Evidence { get; set; }
    public required string ReviewedBy { get; set; }
}

/// <summary>One of the division's growth themes (*groeithema's*; the 2015 growth plan had five).</summary>
public class GrowthTheme : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public string? Description { get; set; }
    public int Position { get; set; }
    public int Version { get; set; }
}

/// <summary>A team's choice of a growth theme for one year, with what it intends to do.</summary>
public class TeamThemeChoice
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public int Year { get; set; }
    public Guid GrowthThemeId { get; set; }
    public string? IntendedActions { get; set; }
    public List<ThemeReflection> Reflections { get; set; } = [];
}

/// <summary>A dated reflection on a team's theme (with the regional staff member, two or three times a year: 001:5902–5914).</summary>
public class ThemeReflection
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ChoiceId { get; set; }
    public DateOnly WrittenOn { get; set; }
    public required string Text { get; set; }
    public required string Author { get; set; }
}

internal sealed class ImplementationPlanConfiguration :
    IEntityTypeConfiguration<OrganisationObjective>, IEntityTypeConfiguration<ObjectiveReview>, IEntityTypeConfiguration<GrowthTheme>,
    IEntityTypeConfiguration<TeamThemeChoice>, IEntityTypeConfiguration<ThemeReflection>
{
    public void Configure(EntityTypeBuilder<OrganisationObjective> b)
    {
        b.Property(o => o.Text).HasMaxLength(500);
        b.Property(o => o.IndicatorIds).HasMaxLength(2000);
        b.Ignore(o => o.Indicators);
        b.HasMany(o => o.Reviews).WithOne().HasForeignKey(r => r.ObjectiveId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ObjectiveReview> b)
    {
        b.Property(r => r.Verdict).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Evidence).HasMaxLength(2000);
        b.Property(r => r.ReviewedBy).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<GrowthTheme> b)
    {
        b.Property(t => t.Name).HasMaxLength(200);
        b.Property(t => t.Description).HasMaxLength(1000);
    }

    public void Configure(EntityTypeBuilder<TeamThemeChoice> b)
    {
        b.Property(c => c.IntendedActions).HasMaxLength(2000);
        b.HasOne<Kernel.Team>().WithMany().HasForeignKey(c => c.TeamId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<GrowthTheme>().WithMany().HasForeignKey(c => c.GrowthThemeId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.TeamId, c.Year, c.GrowthThemeId }).IsUnique();
        b.HasMany(c => c.Reflections).WithOne().HasForeignKey(r => r.ChoiceId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ThemeReflection> b)
    {
        b.Property(r => r.Text).HasMaxLength(4000);
        b.Property(r => r.Author).HasMaxLength(200);
    }
}
