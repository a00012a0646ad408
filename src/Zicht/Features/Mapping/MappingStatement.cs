using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.Mapping;

/// <summary>The eight headings of the three-column mapping (domain.md §3), column by column.</summary>
public enum MappingSection
{
    // What are we worried about?
    PastHarm, DangerStatement, ComplicatingFactor,
    // What is going well?
    ExistingStrength, ExistingSafety,
    // What needs to happen?
    SafetyGoal, BottomLine, NextStep,
}

/// <summary>Who said a statement: the mapping keeps every voice apart.</summary>
public enum Speaker { Worker, Parent, Child, NetworkMember, Partner, Team }

/// <summary>One statement in the current (working) mapping of a case.</summary>
public class MappingStatement : ICaseOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public MappingSection Section { get; set; }
    public required string Text { get; set; }
    public Speaker SaidBy { get; set; }

    /// <summary>Optional name of the speaker ("mama", "grootvader Jan").</summary>
    public string? SaidByName { get; set; }
    public DateTime AddedAt { get; set; } = DateTime.UtcNow;
    public int Version { get; set; }

    public static int Column(MappingSection s) => s switch
    {
        MappingSection.PastHarm or MappingSection.DangerStatement or MappingSection.ComplicatingFactor => 1,
        MappingSection.ExistingStrength or MappingSection.ExistingSafety => 2,
        _ => 3,
    };
}

/// <summary>Harm matrix row (schadematrix): severity, frequency and impact, first / worst / last incident.</summary>
public class HarmMatrixEntry : ICaseOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public required string Harm { get; set; }
    public string? Severity { get; set; }
    public string? Frequency { get; set; }
    public string? Impact { get; set; }
    public string? FirstIncident { get; set; }
    public string? WorstIncident { get; set; }
    public string? LastIncident { get; set; }
    public int Version { get; set; }
}
