using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.ProcessTeams;

/// <summary>A process team (procesteam) held on a case.</summary>
public class ProcessTeamMeeting : ICaseOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public DateOnly HeldOn { get; set; }
    public string? Note { get; set; }
}

internal sealed class ProcessTeamMeetingConfiguration : IEntityTypeConfiguration<ProcessTeamMeeting>
{
    public void Configure(EntityTypeBuilder<ProcessTeamMeeting> b)
    {
        b.HasOne(m => m.Case).WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(m => m.Note).HasMaxLength(2000);
        b.HasIndex(m => new { m.CaseId, m.HeldOn });
    }
}
