using System.ComponentModel.DataAnnotations;

namespace Zicht.Features.Sgog.Administration;

public sealed class ReadingInput
{
    [Required(ErrorMessage = "{0} is required.")]
    [Display(Name = "Read on")]
    public DateOnly? ReadOn { get; set; }

    [StringLength(50, ErrorMessage = "{0} can be at most {1} characters.")]
    [Display(Name = "Your reference")]
    public string? Reference { get; set; }

    [Required(ErrorMessage = "Say whether the inspectorate is involved.")]
    public bool? InspectorateInvolved { get; set; }

    public int Version { get; set; }
}

public sealed class NoteInput
{
    [Required(ErrorMessage = "{0} is required.")]
    [StringLength(IncidentInput.MaxText, ErrorMessage = "{0} can be at most {1} characters.")]
    [Display(Name = "Summary note")]
    public string? Note { get; set; }

    [Required(ErrorMessage = "{0} is required.")]
    [Display(Name = "Returned on")]
    public DateOnly? ReturnedOn { get; set; }

    public int Version { get; set; }
}
