using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.Learning;

/// <summary>The learning structures of the practice model (practice-system.md §3.2, §3.4): one record kind with a type.</summary>
public enum LearningKind { ProcessTeam, GroupSupervision, Intervision, LearningCase, ForumGroup, PartnerPlatform, AppreciativeInterview }

/// <summary>
/// A series of learning sessions (a learning case, an intervision group, a forum group …): what it is for, who
/// takes part, how often it meets and who facilitates. The directory lists these, so nobody finds them by chance.
/// </summary>
public class LearningStructure : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public LearningKind Kind { get; set; }
    public required string Name { get; set; }
    public required string Purpose { get; set; }

    /// <summary>Who takes part, in words ("all team leads, one consultant per team, regional partners").</summary>
    public required string Composition { get; set; }

    /// <summary>How often it meets, in words ("every 14 days, 1.5 hours, for 6 months").</summary>
    public required string Rhythm { get; set; }
    public Guid FacilitatorId { get; set; }
    public StaffUser? Facilitator { get; set; }

    /// <summary>The team it belongs to, if any (a team's group supervision); null for regional and Flemish structures.</summary>
    public Guid? TeamId { get; set; }
    public Team? Team { get; set; }
    public Guid? RegionId { get; set; }
    public Region? Region { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public int Version { get; set; }
    public List<StructureMember> Members { get; set; } = [];
}

/// <summary>A staff member who belongs to a structure (partners included): they read its sessions' notes.</summary>
public class StructureMember
{
    public Guid StructureId { get; set; }
    public LearningStructure? Structure { get; set; }
    public Guid StaffId { get; set; }
    public StaffUser? Staff { get; set; }
    public DateOnly Since { get; set; }
}

internal sealed class LearningStructureConfiguration : IEntityTypeConfiguration<LearningStructure>
{
    public void Configure(EntityTypeBuilder<LearningStructure> b)
    {
        b.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Purpose).HasMaxLength(2000);
        b.Property(s => s.Composition).HasMaxLength(1000);
        b.Property(s => s.Rhythm).HasMaxLength(300);
        b.HasOne(s => s.Facilitator).WithMany().HasForeignKey(s => s.FacilitatorId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Team).WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(s => s.Region).WithMany().HasForeignKey(s => s.RegionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(s => s.Members).WithOne(m => m.Structure).HasForeignKey(m => m.StructureId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StructureMemberConfiguration : IEntityTypeConfiguration<StructureMember>
{
    public void Configure(EntityTypeBuilder<StructureMember> b)
    {
        b.HasKey(m => new { m.StructureId, m.StaffId });
        b.HasOne(m => m.Staff).WithMany().HasForeignKey(m => m.StaffId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(m => m.StaffId);
    }
}
