using System.Text.Json;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.Mapping;

public enum MappingOccasion { Internal, Conversation, ProcessTeam }

/// <summary>A statement as it stood when a version was saved.</summary>
public sealed record StatementSnapshot(Guid Id, MappingSection Section, string Text, Speaker SaidBy, string? SaidByName);

/// <summary>
/// A saved version of the mapping: a frozen copy of the statements after a conversation or process
/// team. Immutable once saved, so later edits never rewrite what was agreed then. The flags are
/// computed at save time so step derivation never has to open the snapshot.
/// </summary>
public class MappingVersion : ICaseOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public int Number { get; set; }
    public DateOnly HeldOn { get; set; }
    public MappingOccasion Occasion { get; set; }

    /// <summary>Who took part besides the worker (comma-separated <see cref="Speaker"/> names).</summary>
    public string Participants { get; set; } = "";
    public bool WithFamilyOrNetwork { get; set; }
    public string? Note { get; set; }
    public DateTime SavedAt { get; set; } = DateTime.UtcNow;
    public string SavedByName { get; set; } = "";
    public int StatementCount { get; set; }
    public bool HasDangerStatement { get; set; }
    public bool HasSafetyGoal { get; set; }
    public bool HasStrength { get; set; }
    public bool HasExistingSafety { get; set; }

    /// <summary>JSON array of <see cref="StatementSnapshot"/>; loaded only to show or compare a version.</summary>
    public string StatementsJson { get; set; } = "[]";

    public IReadOnlyList<StatementSnapshot> Statements() =>
        JsonSerializer.Deserialize<List<StatementSnapshot>>(StatementsJson) ?? [];

    /// <summary>Freezes the given statements into this version and sets the flags.</summary>
    public void Freeze(IReadOnlyCollection<StatementSnapshot> statements, IReadOnlyCollection<Speaker> participants)
    {
        StatementsJson = JsonSerializer.Serialize(statements);
        StatementCount = statements.Count;
        HasDangerStatement = statements.Any(s => s.Section == MappingSection.DangerStatement);
        HasSafetyGoal = statements.Any(s => s.Section == MappingSection.SafetyGoal);
        HasStrength = statements.Any(s => s.Section == MappingSection.ExistingStrength);
        HasExistingSafety = statements.Any(s => s.Section == MappingSection.ExistingSafety);
        Participants = string.Join(',', participants.Distinct().Order());
        // A mapping conversation (step 02) is one held with the family or its network.
        WithFamilyOrNetwork = participants.Any(p => p is Speaker.Parent or Speaker.Child or Speaker.NetworkMember);
    }
}
