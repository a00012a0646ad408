using System.ComponentModel.DataAnnotations;

namespace Zicht.Features.Network;

public sealed class MemberInput
{
    public Guid PersonId { get; set; }
    public int Version { get; set; }
    public DateOnly? InformedOn { get; set; }

    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    public string? Commitments { get; set; }
    public bool ChairsNetwork { get; set; }
    public bool IsCrisisContact { get; set; }
}

/// <summary>A network member added on the network page, informed (or not yet) in the same step.</summary>
public sealed class NewMemberInput
{
    [Required(ErrorMessage = "Give the name.")]
    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    public string? FullName { get; set; }

    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    public string? Relationship { get; set; }
    public Zicht.Kernel.NetworkKind NetworkKind { get; set; } = Zicht.Kernel.NetworkKind.Family;

    [StringLength(40, ErrorMessage = "At most {1} characters.")]
    public string? Phone { get; set; }
    public DateOnly? InformedOn { get; set; }
    public bool IsCrisisContact { get; set; }
}

public sealed class MeetingInput
{
    [Required(ErrorMessage = "Give the date of the meeting.")]
    public DateOnly? HeldOn { get; set; }

    /// <summary>Others who attended, typed; the case's people are ticked in <see cref="Picked"/>.</summary>
    [StringLength(1000, ErrorMessage = "At most {1} characters.")]
    public string? Attendees { get; set; }

    /// <summary>Names of the case's people ticked as present.</summary>
    public List<string> Picked { get; set; } = [];

    /// <summary>Who attended, as stored: the ticked people first, then the others typed.</summary>
    public string AllAttendees() =>
        string.Join(", ", Picked.Select(p => p.Trim()).Where(p => p.Length > 0).Distinct()
            .Concat(string.IsNullOrWhiteSpace(Attendees) ? [] : [Attendees.Trim()]));

    [StringLength(1000, ErrorMessage = "At most {1} characters.")]
    public string? Scaling { get; set; }

    [StringLength(4000, ErrorMessage = "At most {1} characters.")]
    public string? Agreements { get; set; }
    public DateOnly? NextMeetingOn { get; set; }
}
