using System.ComponentModel.DataAnnotations;
using Zicht.Features.Mapping;

namespace Zicht.Features.LiveMapping;

/// <summary>A statement added in the meeting; <see cref="ClientId"/> is made by the page (or the offline queue).</summary>
public sealed class LiveAddInput
{
    public Guid ClientId { get; set; } = Guid.NewGuid();
    public MappingSection Section { get; set; }

    [Required(ErrorMessage = "Write the statement.")]
    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    public string? Text { get; set; }
    public Speaker SaidBy { get; set; }

    [StringLength(100, ErrorMessage = "At most {1} characters.")]
    public string? SaidByName { get; set; }
}

public sealed class DecideInput
{
    public Guid ProposalId { get; set; }
    public int Version { get; set; }
    public Decision Decision { get; set; }

    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    public string? Wording { get; set; }
    public Guid? MergeInto { get; set; }
}

public sealed class CloseInput
{
    [Required(ErrorMessage = "Give the date of the meeting.")]
    public DateOnly? HeldOn { get; set; }

    [StringLength(4000, ErrorMessage = "At most {1} characters.")]
    public string? Agreements { get; set; }
    public DateOnly? NextMeetingOn { get; set; }
    public int Version { get; set; }
}

/// <summary>Shown when a decision met someone else's change: both wordings, and the choice.</summary>
public sealed record DecisionConflict(Guid ProposalId, string Theirs, string Mine, int CurrentVersion, ProposalStatus CurrentStatus);
