using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;

namespace Zicht.Features.Outcomes;

/// <summary>
/// One indicator in a cell of the outcome table (evaluation Tabel 6: level × term): what it says, and
/// which figure Zicht already computes stands for it (<see cref="FigureCode"/>, a code of
/// <see cref="OutcomeFigures"/>). Indicators are data: policy staff bind another figure, or none
/// ("not measured", never zero).
/// </summary>
public class OutcomeIndicator : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>One of <see cref="OutcomeTable.Levels"/>.</summary>
    public required string Level { get; set; }

    /// <summary>One of <see cref="OutcomeTable.Terms"/>.</summary>
    public required string Term { get; set; }
    public int Position { get; set; }
    public required string Statement { get; set; }
    public string? FigureCode { get; set; }

    /// <summary>For an indicator without a figure: why Zicht cannot measure it (shown instead of a number).</summary>
    public string? NotMeasuredBecause { get; set; }
    public int Version { get; set; }
}

internal sealed class OutcomeIndicatorConfiguration : IEntityTypeConfiguration<OutcomeIndicator>
{
    public void Configure(EntityTypeBuilder<OutcomeIndicator> b)
    {
        b.Property(i => i.Level).HasMaxLength(40);
        b.Property(i => i.Term).HasMaxLength(20);
        b.Property(i => i.Statement).HasMaxLength(400);
        b.Property(i => i.FigureCode).HasMaxLength(80);
        b.Property(i => i.NotMeasuredBecause).HasMaxLength(600);
        b.HasIndex(i => new { i.Level, i.Term, i.Position });
    }
}
