using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.WordsAndPictures;

/// <summary>
/// Words &amp; Pictures (woord- en beeldverhaal): the story told to the child of what happened and what
/// is being done; the immediate story is its short version for acute moments; the timeline lays out
/// the trajectory. Only the first two prove step 05.
/// </summary>
public enum DocumentKind { WordsAndPictures, ImmediateStory, Timeline }

public class WordsAndPicturesDocument : ICaseOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public DocumentKind Kind { get; set; }
    public required string Title { get; set; }
    public required string Story { get; set; }

    /// <summary>The day it was made or told with those involved.</summary>
    public DateOnly MadeOn { get; set; }
    public int Version { get; set; }

    public bool ProvesWordsAndPicturesStep => Kind is DocumentKind.WordsAndPictures or DocumentKind.ImmediateStory;
}

internal sealed class WordsAndPicturesDocumentConfiguration : IEntityTypeConfiguration<WordsAndPicturesDocument>
{
    public void Configure(EntityTypeBuilder<WordsAndPicturesDocument> b)
    {
        b.HasOne(d => d.Case).WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Title).HasMaxLength(200);
        b.Property(d => d.Story).HasMaxLength(20000);
        b.HasIndex(d => d.CaseId);
        b.Ignore(d => d.ProvesWordsAndPicturesStep);
        b.HasMany<ChildVoice.CaseUpload>().WithOne().HasForeignKey(u => u.WordsAndPicturesId).OnDelete(DeleteBehavior.SetNull);
    }
}
