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

public sealed class MeetingInput
{
    [Required(ErrorMessage = "Give the date of the meeting.")]
    public DateOnly? HeldOn { get; set; }

    [Required(ErrorMessage = "Say who attended.")]
    [StringLength(1000, ErrorMessage = "At most {1} characters.")]
    public string? Attendees { get; set; }

    [StringLength(1000, ErrorMessage = "At most {1} characters.")]
    public string? Scaling { get; set; }

    [StringLength(4000, ErrorMessage = "At most {1} characters.")]
    public string? Agreements { get; set; }
    public DateOnly? NextMeetingOn { get; set; }
}
