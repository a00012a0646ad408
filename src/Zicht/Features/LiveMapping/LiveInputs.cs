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

    /// <summary>The version of the proposal's mapping statement as the board showed it.</summary>
    public int? StatementVersion { get; set; }

    /// <summary>"statement id:version" (see <see cref="LiveDecisions.Target"/>).</summary>
    public string? MergeTarget { get; set; }

    /// <summary>A merge that writes the wording over the target instead of adding to it (the conflict's "mine").</summary>
    public bool Replace { get; set; }
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

/// <summary>
/// Shown when a decision met someone else's change: what is there now (null: the statement was removed from
/// the mapping), the worker's wording, and the current versions to decide again with (theirs, mine or both).
/// </summary>
public sealed record DecisionConflict(Guid ProposalId, string? Theirs, string Mine, int CurrentVersion, ProposalStatus CurrentStatus,
    Guid? StatementId, int? StatementVersion, bool WasMerge);
