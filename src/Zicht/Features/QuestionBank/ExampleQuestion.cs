using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;

namespace Zicht.Features.QuestionBank;

/// <summary>
/// An example question or a colleague's good practice, shown beside the tool it helps with (wish 10,
/// practice-system §3.8). Kept as data by practice leads; a suggestion, never a required field.
/// </summary>
public class ExampleQuestion : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>Where it is shown: one of <see cref="QuestionCatalogue.Contexts"/>.</summary>
    public required string Context { get; set; }

    /// <summary>One of <see cref="QuestionCatalogue.Kinds"/>; <c>good_practice</c> is a described practice, not a question.</summary>
    public required string Kind { get; set; }
    public required string Text { get; set; }

    /// <summary>Where it comes from (a line in the evaluation, or the practice lead who added it).</summary>
    public string? Source { get; set; }
    public int Position { get; set; }
    public int Version { get; set; }
}

internal sealed class ExampleQuestionConfiguration : IEntityTypeConfiguration<ExampleQuestion>
{
    public void Configure(EntityTypeBuilder<ExampleQuestion> b)
    {
        b.Property(q => q.Context).HasMaxLength(40);
        b.Property(q => q.Kind).HasMaxLength(40);
        b.Property(q => q.Text).HasMaxLength(1000);
        b.Property(q => q.Source).HasMaxLength(200);
        b.HasIndex(q => new { q.Context, q.Position });
    }
}
