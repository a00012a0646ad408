using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.Quality;

/// <summary>
/// What the inspectorate found for one domain of a provider's self-evaluation year (spec §2.4): two
/// flags, from which the conclusion follows (<see cref="InspectionRules.Conclude"/>); never a typed conclusion.
/// </summary>
public class InspectionFinding : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public int Year { get; set; }
    public required string Domain { get; set; }
    public DateOnly InspectedOn { get; set; }
    public bool Confirmed { get; set; }
    public bool HigherLevelIndicators { get; set; }
    public string? Remarks { get; set; }
    public int Version { get; set; }

    public InspectionConclusion Conclusion => InspectionRules.Conclude(Confirmed, HigherLevelIndicators);
}

internal sealed class InspectionFindingConfiguration : IEntityTypeConfiguration<InspectionFinding>
{
    public void Configure(EntityTypeBuilder<InspectionFinding> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(f => f.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(f => new { f.OrganisationId, f.Year, f.Domain }).IsUnique();
        b.Property(f => f.Domain).HasMaxLength(40);
        b.Property(f => f.Remarks).HasMaxLength(4000);
        b.Ignore(f => f.Conclusion);
    }
}
