using Zicht.Features.Mapping;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.LiveMapping;

/// <summary>What kind of meeting is mapped live; decides where closing writes besides the mapping version.</summary>
public enum MeetingKind { Conversation, NetworkMeeting, ProcessTeam }

/// <summary>What became of a statement said in the meeting.</summary>
public enum ProposalStatus { Proposed, Accepted, Reworded, Merged, Declined }

/// <summary>
/// A meeting in which the mapping is written live (issue 14). Open while <see cref="ClosedAt"/> is null;
/// the join code is stored as a hash only and works only until <see cref="JoinCodeExpiresAt"/> and only
/// while the meeting is open.
/// </summary>
public class LiveMeeting : ICaseOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public MeetingKind Kind { get; set; }
    public DateTime OpenedAt { get; set; }
    public string OpenedByName { get; set; } = "";
    public string JoinCodeHash { get; set; } = "";
    public DateTime JoinCodeExpiresAt { get; set; }

    /// <summary>The code itself, sealed with the app's data-protection keys, so the board can show it again on any node.</summary>
    public string? JoinCodeSealed { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? Agreements { get; set; }
    public DateOnly? NextMeetingOn { get; set; }

    /// <summary>The mapping version the closing saved.</summary>
    public Guid? MappingVersionId { get; set; }
    public int Version { get; set; }

    public bool IsOpen => ClosedAt is null;
}

/// <summary>Someone who joined with the code, without an account. Only the hash of their session token is kept.</summary>
public class LiveParticipant : ICaseOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public Guid MeetingId { get; set; }
    public required string Name { get; set; }
    public Speaker Role { get; set; }
    public string TokenHash { get; set; } = "";
    public DateTime JoinedAt { get; set; }
}

/// <summary>
/// A statement said in the meeting. The id is made by the client (the worker's page, even offline), so
/// sending the same addition twice never adds it twice. A participant's statement stays a proposal until
/// the worker accepts, rewords, merges or declines it; the worker's own are accepted at once.
/// </summary>
public class LiveProposal : ICaseOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public Guid MeetingId { get; set; }
    public Guid? ParticipantId { get; set; }
    public MappingSection Section { get; set; }
    public required string Text { get; set; }
    public Speaker SaidBy { get; set; }
    public string? SaidByName { get; set; }
    public DateTime AddedAt { get; set; }
    public ProposalStatus Status { get; set; }

    /// <summary>The wording that went into the mapping (after rewording or merging).</summary>
    public string? FinalText { get; set; }

    /// <summary>The mapping statement it became (its own, or the one it was merged into).</summary>
    public Guid? StatementId { get; set; }
    public int Version { get; set; }
}

/// <summary>One person's number on the safety scale in this meeting (0-10); giving it again replaces it.</summary>
public class LiveScore : ICaseOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public Guid MeetingId { get; set; }

    /// <summary>"p:{participant id}" or "s:{staff id}": one number per person.</summary>
    public required string Who { get; set; }
    public required string Name { get; set; }
    public int Score { get; set; }
    public int Version { get; set; }
}
