using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.Quality;

public enum ActionStatus { Planned, InProgress, Done, Dropped }

/// <summary>
/// An improvement action of the quality planning (spec §2.8): an owner, a deadline, a measurable target
/// ("at least 80% of staff who telework are satisfied"), a status, and the domains it serves. Planned in
/// one year; next year's self-evaluation shows what became of it (<see cref="Outcome"/>).
/// </summary>
public class ImprovementAction : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public int Year { get; set; }
    public required string Title { get; set; }
    public required string Owner { get; set; }
    public DateOnly Deadline { get; set; }
    public required string Target { get; set; }
    public ActionStatus Status { get; set; }

    /// <summary>Domain codes, comma-separated, in catalogue order.</summary>
    public string Domains { get; set; } = "";
    public string? Outcome { get; set; }
    public int Version { get; set; }

    public IReadOnlyList<QualityDomain> DomainList =>
        Domains.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(QualityDomainCatalog.Find).OfType<QualityDomain>().OrderBy(d => d.Order).ToList();

    public bool Serves(string domain) => DomainList.Any(d => d.Code == domain);
}

internal sealed class ImprovementActionConfiguration : IEntityTypeConfiguration<ImprovementAction>
{
    public void Configure(EntityTypeBuilder<ImprovementAction> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(a => new { a.OrganisationId, a.Year });
        b.Property(a => a.Title).HasMaxLength(300);
        b.Property(a => a.Owner).HasMaxLength(200);
        b.Property(a => a.Target).HasMaxLength(1000);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Domains).HasMaxLength(800);
        b.Property(a => a.Outcome).HasMaxLength(2000);
        b.Ignore(a => a.DomainList);
    }
}
