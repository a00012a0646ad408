using Zicht.Features.Trajectories;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.SafetyPlans;

/// <summary>
/// The case's safety plan (veiligheidsplan): its working rules, plan b, and whether the trajectory
/// started in plan b (working towards return home). One per case; editing it is versioned so two
/// people saving the same plan get a conflict instead of overwriting each other.
/// </summary>
public class SafetyPlan : ICaseOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public bool StartedInPlanB { get; set; }
    public PlanB PlanB { get; set; } = PlanB.None;
    public string? PlanBNote { get; set; }
    public int Version { get; set; }
    public List<SafetyPlanRule> Rules { get; set; } = [];
}

public enum RuleKind { WhoDoesWhat, WhenChildIsWorried }

/// <summary>A rule: who does what, when; or what the child does when worried.</summary>
public class SafetyPlanRule : ICaseOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public Guid SafetyPlanId { get; set; }
    public RuleKind Kind { get; set; }
    public required string Who { get; set; }
    public required string What { get; set; }
    public string? When { get; set; }
    public int Order { get; set; }
    public bool Retired { get; set; }
    public int Version { get; set; }
}

public enum PlanStage { Initial, Interim, Final }
public enum PlanAudience { Adult, Child }

/// <summary>A rule as it stood in an agreed version.</summary>
public sealed record RuleSnapshot(Guid Id, RuleKind Kind, string Who, string What, string? When);

/// <summary>
/// An agreed version of the plan, frozen: initial (with parents and network) … final (tailored to
/// the minor), for the adults or for the child (then in the child's words).
/// </summary>
public class SafetyPlanVersion : ICaseOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public int Number { get; set; }
    public PlanStage Stage { get; set; }
    public PlanAudience Audience { get; set; }
    public DateOnly AgreedOn { get; set; }
    public string? ChildWording { get; set; }
    public string RulesJson { get; set; } = "[]";
    public DateTime SavedAt { get; set; } = DateTime.UtcNow;
    public string SavedByName { get; set; } = "";

    public IReadOnlyList<RuleSnapshot> Rules() =>
        System.Text.Json.JsonSerializer.Deserialize<List<RuleSnapshot>>(RulesJson) ?? [];
}

/// <summary>One monitoring observation: a rule kept or breached on a date.</summary>
public class MonitoringEntry : ICaseOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public Guid RuleId { get; set; }
    public DateOnly On { get; set; }
    public bool Kept { get; set; }
    public string? Note { get; set; }
}

/// <summary>A planned review of the plan, and when it happened.</summary>
public class SafetyPlanReview : ICaseOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
    public DateOnly PlannedOn { get; set; }
    public DateOnly? HeldOn { get; set; }
    public string? Note { get; set; }
}
