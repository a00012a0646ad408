using System.Security.Claims;
using Zicht.Features.Account;

namespace Zicht.Tests.Features.Account;

/// <summary>
/// Which agency account may become which staff member. (The OIDC round trip itself needs an identity
/// provider, which this machine has none of; the callback applies exactly these rules.)
/// </summary>
public class SsoRulesTests
{
    private static ClaimsPrincipal Agency(string? email, string? verified) => new(new ClaimsIdentity(
        new[] { email is null ? null : new Claim(ClaimTypes.Email, email), verified is null ? null : new Claim("email_verified", verified) }
            .OfType<Claim>(), "oidc"));

    private static readonly SsoRules.Candidate Active = new(Guid.NewGuid(), true);

    [Fact]
    public void A_verified_address_of_exactly_one_active_staff_member_links() =>
        Assert.Equal((Active.Id, (string?)null), SsoRules.Match(Agency("an@osd.be", "true"), [Active]));

    [Theory]
    [InlineData(null, "true", "sso: no address")]
    [InlineData("an@osd.be", null, "sso: address not verified")]
    [InlineData("an@osd.be", "false", "sso: address not verified")]
    public void An_address_the_provider_did_not_verify_never_links(string? email, string? verified, string refusal) =>
        Assert.Equal((null, refusal), SsoRules.Match(Agency(email, verified), [Active]));

    [Fact]
    public void Two_staff_members_with_the_same_address_link_neither() =>
        Assert.Equal((null, "sso: address not unique"), SsoRules.Match(Agency("an@osd.be", "true"), [Active, new(Guid.NewGuid(), true)]));

    [Fact]
    public void A_deactivated_staff_member_is_refused() =>
        Assert.Equal((null, "sso: account deactivated"), SsoRules.Match(Agency("an@osd.be", "true"), [new(Guid.NewGuid(), false)]));

    [Fact]
    public void An_unknown_address_is_refused() =>
        Assert.Equal((null, "sso: no staff member with this address"), SsoRules.Match(Agency("x@elders.be", "true"), []));
}
