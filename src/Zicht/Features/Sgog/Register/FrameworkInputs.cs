using System.ComponentModel.DataAnnotations;

namespace Zicht.Features.Sgog.Register;

public sealed class DocumentInput
{
    [Required(ErrorMessage = "{0} is required.")]
    [Display(Name = "Document")]
    public SgogDocumentKind? Kind { get; set; }

    [Required(ErrorMessage = "{0} is required.")]
    [StringLength(200, ErrorMessage = "{0} can be at most {1} characters.")]
    [Display(Name = "Title")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "{0} is required.")]
    [Display(Name = "Adopted on")]
    public DateOnly? AdoptedOn { get; set; }

    [StringLength(2000, ErrorMessage = "{0} can be at most {1} characters.")]
    [Display(Name = "What changed")]
    public string? Notes { get; set; }

    public bool CoversPrevention { get; set; }
    public bool CoversDetection { get; set; }
    public bool CoversResponse { get; set; }
    public bool CoversRegistration { get; set; }
}

public sealed class AwarenessInput
{
    [Required(ErrorMessage = "{0} is required.")]
    [Display(Name = "What")]
    public AwarenessKind? Kind { get; set; }

    [Required(ErrorMessage = "{0} is required.")]
    [Display(Name = "On")]
    public DateOnly? On { get; set; }

    [Required(ErrorMessage = "{0} is required.")]
    [StringLength(300, ErrorMessage = "{0} can be at most {1} characters.")]
    [Display(Name = "Description")]
    public string? Description { get; set; }

    [Range(0, 10000, ErrorMessage = "{0} must be between {1} and {2}.")]
    [Display(Name = "Participants")]
    public int? Participants { get; set; }
}
