using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.Network;

/// <summary>
/// A network meeting (netwerkberaad): who came, how they scaled safety at the start, what was agreed, when next.
/// Recorded along the template (<see cref="MeetingTemplate"/>, wish 8): the quick form on the network page fills only
/// the first fields; the template adds the agenda, the child's voice, the worries and strengths, the work on the plan.
/// The mapping and plan discussed are referred to by version number, never copied.
/// </summary>
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

    public string? Agenda { get; set; }

    /// <summary>Was the child spoken to apart before the meeting (001:2352, 8961–8975)? Null: not said.</summary>
    public bool? ChildSpokenBefore { get; set; }
    public bool? ChildPresent { get; set; }

    /// <summary>What the child wanted the meeting to know, as the worker brought it in.</summary>
    public string? ChildVoice { get; set; }

    /// <summary>"Wat zit er in die scores?" (001:9102–9107).</summary>
    public string? ScalingMeaning { get; set; }
    public string? GoingWell { get; set; }
    public string? Worries { get; set; }

    /// <summary>The network's work on the safety plan: the how (who does what, when).</summary>
    public string? PlanWork { get; set; }
    public string? NextChair { get; set; }

    /// <summary>Scaling at the end, e.g. "welke kans op slagen geef je dit?" (001:2341–2347).</summary>
    public string? ScalingEnd { get; set; }
    public string? Feedback { get; set; }

    /// <summary>The mapping version shown as the worries and strengths of this meeting.</summary>
    public int? MappingVersionNumber { get; set; }

    /// <summary>The safety-plan version (for adults) worked on in this meeting.</summary>
    public int? PlanVersionNumber { get; set; }
}

internal sealed class NetworkMeetingConfiguration : IEntityTypeConfiguration<NetworkMeeting>
{
    public void Configure(EntityTypeBuilder<NetworkMeeting> b)
    {
        b.HasOne(m => m.Case).WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(m => m.Attendees).HasMaxLength(1000);
        b.Property(m => m.Scaling).HasMaxLength(1000);
        b.Property(m => m.Agreements).HasMaxLength(4000);
        foreach (var text in new[] { nameof(NetworkMeeting.Agenda), nameof(NetworkMeeting.ChildVoice), nameof(NetworkMeeting.ScalingMeaning), nameof(NetworkMeeting.Feedback) })
        {
            b.Property(text).HasMaxLength(2000);
        }
        foreach (var text in new[] { nameof(NetworkMeeting.GoingWell), nameof(NetworkMeeting.Worries), nameof(NetworkMeeting.PlanWork) })
        {
            b.Property(text).HasMaxLength(4000);
        }
        b.Property(m => m.ScalingEnd).HasMaxLength(1000);
        b.Property(m => m.NextChair).HasMaxLength(200);
        b.HasIndex(m => new { m.CaseId, m.HeldOn });
    }
}
