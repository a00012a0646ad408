using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;

namespace Zicht.Infrastructure.Localisation;

/// <summary>Cross-field validation messages (IValidatableObject) in the user's language.</summary>
public static class Localised
{
    public static ValidationResult Result(ValidationContext context, string message, string member)
    {
        var t = context.GetService(typeof(IStringLocalizer<SharedText>)) as IStringLocalizer<SharedText>;
        return new ValidationResult(t?[message].Value ?? message, [member]);
    }
}
