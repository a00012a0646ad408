using System.ComponentModel.DataAnnotations;
using Zicht.Infrastructure.Localisation;
using Zicht.Kernel;

namespace Zicht.Features.Cases;

public sealed class PersonInput : IValidatableObject
{
    [Display(Name = "Role in the case")]
    public PersonRole Role { get; set; } = PersonRole.Minor;

    [Required(ErrorMessage = "{0} is required.")]
    [StringLength(200, ErrorMessage = "{0} can be at most {1} characters.")]
    [Display(Name = "Full name")]
    public string FullName { get; set; } = "";

    [Display(Name = "Birth date")]
    public DateOnly? BirthDate { get; set; }

    [StringLength(200, ErrorMessage = "{0} can be at most {1} characters.")]
    [Display(Name = "Relationship")]
    public string? Relationship { get; set; }

    [Display(Name = "Kind of tie")]
    public NetworkKind? NetworkKind { get; set; }

    [StringLength(200, ErrorMessage = "{0} can be at most {1} characters.")]
    [Display(Name = "Organisation")]
    public string? PartnerOrganisation { get; set; }

    [StringLength(40, ErrorMessage = "{0} can be at most {1} characters.")]
    [RegularExpression(@"^[0-9 +()./-]*$", ErrorMessage = "Use digits, spaces and + ( ) . / - only.")]
    [Display(Name = "Phone")]
    public string? Phone { get; set; }

    public int Version { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        if (BirthDate > today)
        {
            yield return Localised.Result(validationContext, "The birth date cannot be in the future.", nameof(BirthDate));
        }
        if (Role == PersonRole.Minor && BirthDate is { } born && born < today.AddYears(-25))
        {
            yield return Localised.Result(validationContext, "A minor's birth date cannot be more than 25 years ago.", nameof(BirthDate));
        }
        if (Role == PersonRole.NetworkMember && NetworkKind is null)
        {
            yield return Localised.Result(validationContext, "Choose whether this is family, social or professional network.", nameof(NetworkKind));
        }
        if (Role == PersonRole.Professional && string.IsNullOrWhiteSpace(PartnerOrganisation))
        {
            yield return Localised.Result(validationContext, "A partner professional needs an organisation.", nameof(PartnerOrganisation));
        }
    }

    public static PersonInput From(CasePerson p) => new()
    {
        Role = p.Role,
        FullName = p.FullName,
        BirthDate = p.BirthDate,
        Relationship = p.Relationship,
        NetworkKind = p.NetworkKind,
        PartnerOrganisation = p.PartnerOrganisation,
        Phone = p.Phone,
        Version = p.Version,
    };

    public void ApplyTo(CasePerson p)
    {
        p.Role = Role;
        p.FullName = FullName.Trim();
        p.BirthDate = BirthDate;
        p.Relationship = Relationship?.Trim();
        p.NetworkKind = Role == PersonRole.NetworkMember ? NetworkKind : null;
        p.PartnerOrganisation = Role == PersonRole.Professional ? PartnerOrganisation?.Trim() : null;
        p.Phone = Phone?.Trim();
    }
}
