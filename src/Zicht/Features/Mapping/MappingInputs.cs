using System.ComponentModel.DataAnnotations;

namespace Zicht.Features.Mapping;

public sealed class AddStatementInput
{
    public MappingSection Section { get; set; }

    [Required(ErrorMessage = "Write the statement.")]
    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    public string? Text { get; set; }
    public Speaker SaidBy { get; set; }

    [StringLength(100, ErrorMessage = "At most {1} characters.")]
    public string? SaidByName { get; set; }
}

public sealed class SaveVersionInput
{
    [Required(ErrorMessage = "Give the date of the conversation.")]
    public DateOnly? HeldOn { get; set; }
    public MappingOccasion Occasion { get; set; } = MappingOccasion.Conversation;
    public List<Speaker> Participants { get; set; } = [];

    [StringLength(2000, ErrorMessage = "At most {1} characters.")]
    public string? Note { get; set; }
}

public sealed class HarmInput
{
    [Required(ErrorMessage = "Describe the harm.")]
    [StringLength(500, ErrorMessage = "At most {1} characters.")]
    public string? Harm { get; set; }
    [StringLength(1000)] public string? Severity { get; set; }
    [StringLength(1000)] public string? Frequency { get; set; }
    [StringLength(1000)] public string? Impact { get; set; }
    [StringLength(1000)] public string? FirstIncident { get; set; }
    [StringLength(1000)] public string? WorstIncident { get; set; }
    [StringLength(1000)] public string? LastIncident { get; set; }
}
