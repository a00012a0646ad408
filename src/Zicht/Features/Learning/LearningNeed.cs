using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Kernel;

namespace Zicht.Features.Learning;

/// <summary>
/// What staff asked for in the evaluation (seed 001:3888–3920): tools in complex practice, topics beyond the
/// model, support in practice, partnership.
/// </summary>
public enum NeedTool
{
    SafetyPlanningWithLittleTime, NetworkWithResistance, WordsAndPictures, TalkingWithChildren, NetworkMeetings,
    Trauma, HighConflictDivorce, TandemSupport, Partnership, Other,
}

/// <summary>A learning need a staff member enters themselves; only their own, and summed for the training planner.</summary>
public class LearningNeed
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StaffId { get; set; }
    public StaffUser? Staff { get; set; }
    public NeedTool Tool { get; set; }
    public string? Text { get; set; }
    public DateOnly EnteredOn { get; set; }
}

internal sealed class LearningNeedConfiguration : IEntityTypeConfiguration<LearningNeed>
{
    public void Configure(EntityTypeBuilder<LearningNeed> b)
    {
        b.Property(n => n.Tool).HasConversion<string>().HasMaxLength(40);
        b.Property(n => n.Text).HasMaxLength(1000);
        b.HasOne(n => n.Staff).WithMany().HasForeignKey(n => n.StaffId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(n => n.StaffId);
    }
}
