using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;

namespace Zicht.Features.Outcomes;

/// <summary>
/// The "what do we see, what might explain it" note of one half-yearly learning report (a team, a
/// region or the organisation). Written by the people the report is for, never a score.
/// </summary>
public class LearningNote : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary><c>team</c>, <c>region</c> or <c>organisation</c>.</summary>
    public required string Scope { get; set; }
    public Guid GroupId { get; set; }

    /// <summary><c>2026-H1</c> or <c>2026-H2</c>.</summary>
    public required string HalfYear { get; set; }
    public string Text { get; set; } = "";
    public string? UpdatedBy { get; set; }
    public int Version { get; set; }
}

internal sealed class LearningNoteConfiguration : IEntityTypeConfiguration<LearningNote>
{
    public void Configure(EntityTypeBuilder<LearningNote> b)
    {
        b.Property(n => n.Scope).HasMaxLength(20);
        b.Property(n => n.HalfYear).HasMaxLength(7);
        b.Property(n => n.Text).HasMaxLength(4000);
        b.Property(n => n.UpdatedBy).HasMaxLength(200);
        b.HasIndex(n => new { n.Scope, n.GroupId, n.HalfYear }).IsUnique();
    }
}

/// <summary>A half-year: its label and its last day.</summary>
public readonly record struct HalfYear(int Year, int Half)
{
    public string Label => $"{Year}-H{Half}";
    public DateOnly Start => new(Year, Half == 1 ? 1 : 7, 1);
    public DateOnly End => Half == 1 ? new(Year, 6, 30) : new(Year, 12, 31);

    public static HalfYear Of(DateOnly day) => new(day.Year, day.Month <= 6 ? 1 : 2);

    public static HalfYear? Parse(string? text) =>
        text is { Length: 7 } && int.TryParse(text[..4], out var y) && text[4..6] == "-H" && text[6] is '1' or '2' && y is >= 2000 and <= 2100
            ? new HalfYear(y, text[6] - '0') : null;
}
