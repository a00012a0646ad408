using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.Network;

/// <summary>A network meeting (netwerkberaad): who came, how they scaled safety at the start, what was agreed, when next.</summary>
public class NetworkMeeting : ICaseOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Attendees { get; set; }

    /// <summary>Scaling at the start of the meeting, in the attendees' words ("mama 6, oma 4").</summary>
    public string? Scaling { get; set; }
    public string? Agreements { get; set; }
    public DateOnly? NextMeetingOn { get; set; }
    public int Version { get; set; }
}

internal sealed class NetworkMeetingConfiguration : IEntityTypeConfiguration<NetworkMeeting>
{
    public void Configure(EntityTypeBuilder<NetworkMeeting> b)
    {
        b.HasOne(m => m.Case).WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(m => m.Attendees).HasMaxLength(1000);
        b.Property(m => m.Scaling).HasMaxLength(1000);
        b.Property(m => m.Agreements).HasMaxLength(4000);
        b.HasIndex(m => new { m.CaseId, m.HeldOn });
    }
}
