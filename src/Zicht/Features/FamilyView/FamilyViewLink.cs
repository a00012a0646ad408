using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.FamilyView;

/// <summary>
/// A read-only link for parents: what is written about them, in plain language, limited to the items the
/// worker released. Only the hash of the code in the link is stored. It works until it expires or is revoked.
/// </summary>
public class FamilyViewLink : ICaseOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }

    /// <summary>For whom ("mama Sarah"), so the worker can tell links apart and revoke the right one.</summary>
    public required string ForWhom { get; set; }
    public string TokenHash { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public string CreatedByName { get; set; } = "";
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
    public bool IncludesSafetyPlan { get; set; }

    /// <summary>The safety-plan version released (versions never change); null on links made before releases were frozen: the latest.</summary>
    public Guid? SafetyPlanVersionId { get; set; }

    /// <summary>When the worker last released what the link shows (made, or released again).</summary>
    public DateTime? ReleasedAt { get; set; }
    public List<FamilyViewItem> Items { get; set; } = [];

    public bool WorksAt(DateTime now) => RevokedAt is null && now < ExpiresAt;
}

public enum FamilyItemKind { Statement, ChildVoice }

/// <summary>
/// One item the worker released for this link, frozen as it read then: a later rewording or removal in the
/// case does not reach the family until the worker releases again. A child's words also need the child's
/// consent (a statement said by the child: ticked by the worker; a child-voice record: its "shared" mark,
/// checked again at every view).
/// </summary>
public class FamilyViewItem : ICaseOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public Guid LinkId { get; set; }

    /// <summary>The mapping statement or child-voice record released.</summary>
    public Guid SourceId { get; set; }
    public FamilyItemKind Kind { get; set; }

    /// <summary>The mapping section or child-voice part it is shown under.</summary>
    public string Heading { get; set; } = "";
    public string Text { get; set; } = "";
    public bool ChildConsented { get; set; }
}

internal sealed class FamilyViewLinkConfiguration : IEntityTypeConfiguration<FamilyViewLink>
{
    public void Configure(EntityTypeBuilder<FamilyViewLink> b)
    {
        b.HasOne(l => l.Case).WithMany().HasForeignKey(l => l.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(l => l.Items).WithOne().HasForeignKey(i => i.LinkId).OnDelete(DeleteBehavior.Cascade);
        b.Property(l => l.ForWhom).HasMaxLength(100);
        b.Property(l => l.TokenHash).HasMaxLength(64);
        b.Property(l => l.CreatedByName).HasMaxLength(200);
        b.HasIndex(l => l.TokenHash).IsUnique();
        b.HasIndex(l => l.CaseId);
    }
}

internal sealed class FamilyViewItemConfiguration : IEntityTypeConfiguration<FamilyViewItem>
{
    public void Configure(EntityTypeBuilder<FamilyViewItem> b)
    {
        b.HasOne(i => i.Case).WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(i => new { i.LinkId, i.SourceId }).IsUnique();
        b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(i => i.Heading).HasMaxLength(40);
        b.Property(i => i.Text).HasMaxLength(4000);
    }
}
