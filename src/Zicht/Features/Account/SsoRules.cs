using System.Security.Claims;

namespace Zicht.Features.Account;

/// <summary>
/// When an agency account may be linked to a staff member: only by an address the identity provider
/// says it verified, only when exactly one staff member has it, and never to a deactivated one.
/// </summary>
public static class SsoRules
{
    public sealed record Candidate(Guid Id, bool IsActive);

    public static (Guid? StaffId, string? Refusal) Match(ClaimsPrincipal external, IReadOnlyList<Candidate> withSameAddress)
    {
        if (string.IsNullOrWhiteSpace(AddressOf(external)))
        {
            return (null, "sso: no address");
        }
        if (!string.Equals(external.FindFirstValue("email_verified"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "sso: address not verified");
        }
        return withSameAddress.Count switch
        {
            0 => (null, "sso: no staff member with this address"),
            > 1 => (null, "sso: address not unique"),
            _ when !withSameAddress[0].IsActive => (null, "sso: account deactivated"),
            _ => (withSameAddress[0].Id, null),
        };
    }

    public static string? AddressOf(ClaimsPrincipal external) =>
        external.FindFirstValue(ClaimTypes.Email) ?? external.FindFirstValue("email");
}
