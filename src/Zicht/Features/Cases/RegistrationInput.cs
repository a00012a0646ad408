using System.ComponentModel.DataAnnotations;
using Zicht.Infrastructure.Localisation;
using Zicht.Kernel;

namespace Zicht.Features.Cases;

/// <summary>The case's registration fields, shared by "register a case" and "edit registration".</summary>
public sealed class RegistrationInput : IValidatableObject
{
    [Required(ErrorMessage = "{0} is required.")]
    [StringLength(64, ErrorMessage = "{0} can be at most {1} characters.")]
    [RegularExpression(@"^[A-Za-z0-9][A-Za-z0-9\-_/.]*$", ErrorMessage = "Use letters, digits and - _ / . only.")]
    [Display(Name = "Reference")]
    public string Reference { get; set; } = "";

    [Required(ErrorMessage = "{0} is required.")]
    [Display(Name = "Team")]
    public Guid? TeamId { get; set; }

    [Required(ErrorMessage = "{0} is required.")]
    [Display(Name = "Referral date")]
    public DateOnly? ReferralDate { get; set; }

    [Display(Name = "Referral source")]
    public ReferralSource ReferralSource { get; set; }

    [Display(Name = "Network involved in the referral")]
    public bool? NetworkInvolvedAtReferral { get; set; }

    [StringLength(500, ErrorMessage = "{0} can be at most {1} characters.")]
    [Display(Name = "Who of the network")]
    public string? NetworkInvolvedWho { get; set; }

    [StringLength(500, ErrorMessage = "{0} can be at most {1} characters.")]
    [Display(Name = "Main theme")]
    public string? MainTheme { get; set; }

    [StringLength(2000, ErrorMessage = "{0} can be at most {1} characters.")]
    [Display(Name = "Complicating factors")]
    public string? ComplicatingFactors { get; set; }

    [Display(Name = "Phase")]
    public CasePhase Phase { get; set; }

    [Display(Name = "Closure date")]
    public DateOnly? ClosedOn { get; set; }

    [StringLength(500, ErrorMessage = "{0} can be at most {1} characters.")]
    [Display(Name = "Closure reason")]
    public string? ClosureReason { get; set; }

    /// <summary>The version the form was loaded with (concurrency check).</summary>
    public int Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        if (ReferralDate > today)
        {
            yield return Localised.Result(validationContext, "The referral date cannot be in the future.", nameof(ReferralDate));
        }
        if (ClosedOn is { } closed && ReferralDate is { } opened && closed < opened)
        {
            yield return Localised.Result(validationContext, "The closure date cannot be before the referral date.", nameof(ClosedOn));
        }
        if (NetworkInvolvedAtReferral != true && !string.IsNullOrWhiteSpace(NetworkInvolvedWho))
        {
            yield return Localised.Result(validationContext, "Say who of the network was involved only when it was.", nameof(NetworkInvolvedWho));
        }
        if (ClosedOn > today)
        {
            yield return Localised.Result(validationContext, "The closure date cannot be in the future.", nameof(ClosedOn));
        }
        if (Phase == CasePhase.Closed && ClosedOn is null)
        {
            yield return Localised.Result(validationContext, "A closed case needs a closure date.", nameof(ClosedOn));
        }
        if (Phase == CasePhase.Closed && string.IsNullOrWhiteSpace(ClosureReason))
        {
            yield return Localised.Result(validationContext, "A closed case needs a closure reason.", nameof(ClosureReason));
        }
        if (Phase != CasePhase.Closed && ClosedOn is not null)
        {
            yield return Localised.Result(validationContext, "Set the phase to closed, or clear the closure date.", nameof(Phase));
        }
    }

    public static RegistrationInput From(Case c) => new()
    {
        Reference = c.Reference,
        TeamId = c.TeamId,
        ReferralDate = c.ReferralDate,
        ReferralSource = c.ReferralSource,
        NetworkInvolvedAtReferral = c.NetworkInvolvedAtReferral,
        NetworkInvolvedWho = c.NetworkInvolvedWho,
        MainTheme = c.MainTheme,
        ComplicatingFactors = c.ComplicatingFactors,
        Phase = c.Phase,
        ClosedOn = c.ClosedOn,
        ClosureReason = c.ClosureReason,
        Version = c.Version,
    };

    public void ApplyTo(Case c, Guid serviceId)
    {
        c.Reference = Reference.Trim();
        c.TeamId = TeamId!.Value;
        c.ServiceId = serviceId;
        c.ReferralDate = ReferralDate!.Value;
        c.ReferralSource = ReferralSource;
        c.NetworkInvolvedAtReferral = NetworkInvolvedAtReferral;
        c.NetworkInvolvedWho = NetworkInvolvedAtReferral == true ? NetworkInvolvedWho?.Trim() : null;
        c.MainTheme = MainTheme?.Trim();
        c.ComplicatingFactors = ComplicatingFactors?.Trim();
        c.Phase = Phase;
        c.ClosedOn = ClosedOn;
        c.ClosureReason = ClosureReason?.Trim();
    }
}
