using System.ComponentModel.DataAnnotations;

namespace Zicht.Features.CaseAudits;

/// <summary>One scaling question on the scoring form. The score is typed text so a wrong entry is answered, not lost.</summary>
public sealed class ScoreInput
{
    public string Question { get; set; } = "";
    public string? Score { get; set; }

    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    public string? Note { get; set; }
    public List<string> Evidence { get; set; } = [];
}

public sealed class StartInput
{
    public AuditKind Kind { get; set; } = AuditKind.CaseAudit;
    public Guid? WorkerId { get; set; }
    public Guid? ReviewerId { get; set; }

    [Required(ErrorMessage = "Say why this case: one the team is proud of, a hard one, or another reason.")]
    public AuditOccasion? Occasion { get; set; }

    [StringLength(1000, ErrorMessage = "At most {1} characters.")]
    public string? Reason { get; set; }
}

public sealed class ConversationInput
{
    public DateOnly? HeldOn { get; set; }

    [StringLength(4000, ErrorMessage = "At most {1} characters.")]
    public string? WentWell { get; set; }

    [StringLength(4000, ErrorMessage = "At most {1} characters.")]
    public string? CouldBeBetter { get; set; }

    [StringLength(4000, ErrorMessage = "At most {1} characters.")]
    public string? WorkerSatisfiedWith { get; set; }

    [StringLength(4000, ErrorMessage = "At most {1} characters.")]
    public string? Approach { get; set; }

    /// <summary>Agreed learning points per principle code, one per line.</summary>
    public Dictionary<string, string?> Learning { get; set; } = [];

    [StringLength(4000, ErrorMessage = "At most {1} characters.")]
    public string? Reflection { get; set; }
}
