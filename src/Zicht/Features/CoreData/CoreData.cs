using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Features.Trajectories;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.CoreData;

/// <summary>An out-of-home placement of a minor (core data, harde uitkomsten).</summary>
public class OutOfHomePlacement : ICaseOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public Guid? ChildId { get; set; }
    public Placement Type { get; set; }
    public DateOnly StartOn { get; set; }
    public DateOnly? EndOn { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }

    /// <summary>Family or social-network foster care keeps the child within the natural network.</summary>
    public bool WithinNaturalNetwork => Type is Placement.FamilyNetwork or Placement.SocialNetwork;
}

/// <summary>A crisis intervention on the case (counted before opening and after closure).</summary>
public class CrisisIntervention : ICaseOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public DateOnly On { get; set; }
    public string? Note { get; set; }
}

internal sealed class OutOfHomePlacementConfiguration : IEntityTypeConfiguration<OutOfHomePlacement>
{
    public void Configure(EntityTypeBuilder<OutOfHomePlacement> b)
    {
        b.HasOne(p => p.Case).WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<CasePerson>().WithMany().HasForeignKey(p => p.ChildId).OnDelete(DeleteBehavior.SetNull);
        b.Property(p => p.Type).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Note).HasMaxLength(1000);
        b.Ignore(p => p.WithinNaturalNetwork);
        b.HasIndex(p => p.CaseId);
    }
}

internal sealed class CrisisInterventionConfiguration : IEntityTypeConfiguration<CrisisIntervention>
{
    public void Configure(EntityTypeBuilder<CrisisIntervention> b)
    {
        b.HasOne(c => c.Case).WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(c => c.Note).HasMaxLength(1000);
        b.HasIndex(c => c.CaseId);
    }
}
