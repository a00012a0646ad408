using System.ComponentModel.DataAnnotations;
using Zicht.Features.Trajectories;

namespace Zicht.Features.SafetyPlans;

public sealed class PlanSettingsInput
{
    public int Version { get; set; }
    public bool StartedInPlanB { get; set; }
    public PlanB PlanB { get; set; }

    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    public string? PlanBNote { get; set; }
}

public sealed class RuleInput
{
    public RuleKind Kind { get; set; }

    [Required(ErrorMessage = "Say who does it.")]
    [StringLength(200, ErrorMessage = "At most {1} characters.")]
    public string? Who { get; set; }

    [Required(ErrorMessage = "Say what they do.")]
    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    public string? What { get; set; }

    [StringLength(500, ErrorMessage = "At most {1} characters.")]
    public string? When { get; set; }
}

public sealed class PlanVersionInput
{
    public PlanStage Stage { get; set; }
    public PlanAudience Audience { get; set; }

    [Required(ErrorMessage = "Give the date the plan was agreed.")]
    public DateOnly? AgreedOn { get; set; }

    [StringLength(8000, ErrorMessage = "At most {1} characters.")]
    public string? ChildWording { get; set; }
}

public sealed class MonitoringInput
{
    [Required(ErrorMessage = "Choose the rule.")]
    public Guid? RuleId { get; set; }

    [Required(ErrorMessage = "Give the date.")]
    public DateOnly? On { get; set; }
    public bool Kept { get; set; } = true;

    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    public string? Note { get; set; }
}

public sealed class ReviewInput
{
    [Required(ErrorMessage = "Give the review date.")]
    public DateOnly? PlannedOn { get; set; }

    [StringLength(1000, ErrorMessage = "At most {1} characters.")]
    public string? Note { get; set; }
}
