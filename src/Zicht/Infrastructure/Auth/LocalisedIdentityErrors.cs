using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Zicht.Infrastructure.Localisation;

namespace Zicht.Infrastructure.Auth;

/// <summary>Password and user-name rule messages in the user's language.</summary>
internal sealed class LocalisedIdentityErrors(IStringLocalizer<SharedText> t) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        new() { Code = nameof(PasswordTooShort), Description = t["The password must be at least {0} characters long.", length] };
    public override IdentityError PasswordRequiresDigit() =>
        new() { Code = nameof(PasswordRequiresDigit), Description = t["The password needs a digit."] };
    public override IdentityError PasswordRequiresUpper() =>
        new() { Code = nameof(PasswordRequiresUpper), Description = t["The password needs a capital letter."] };
    public override IdentityError PasswordRequiresLower() =>
        new() { Code = nameof(PasswordRequiresLower), Description = t["The password needs a lower-case letter."] };
    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = t["The user name '{0}' is already taken.", userName] };
}
