using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Kernel;

namespace Zicht.Features.Trajectories;

internal sealed class TrajectoryConfiguration : IEntityTypeConfiguration<Trajectory>
{
    public void Configure(EntityTypeBuilder<Trajectory> b)
    {
        b.Property(t => t.CaseRef).HasMaxLength(64);
        b.Property(t => t.Worker).HasMaxLength(64);
        b.Property(t => t.ClosureReason).HasMaxLength(500);
        b.Property(t => t.PlanB).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.Placement).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(t => new { t.OrganisationId, t.CaseRef }).IsUnique();
        b.HasIndex(t => t.CaseId).IsUnique();
        foreach (var step in StepCatalog.Steps)
        {
            b.Property(TrajectorySteps.PropertyOf(step)).HasColumnName(step.Column);
        }
        b.HasIndex(t => new { t.TeamId, t.OpenedOn });
        b.HasIndex(t => new { t.RegionId, t.OpenedOn });
        // The closings of a period's boundary months, read per team (DurationCells.ByDaysAsync, decision 089).
        b.HasIndex(t => new { t.TeamId, t.ClosedOn });
        b.HasOne<Kernel.Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Kernel.Service>().WithMany().HasForeignKey(t => t.ServiceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Kernel.Region>().WithMany().HasForeignKey(t => t.RegionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Kernel.Team>().WithMany().HasForeignKey(t => t.TeamId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Kernel.Case>().WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
