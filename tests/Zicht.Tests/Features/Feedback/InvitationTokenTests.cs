using Xunit;
using Zicht.Features.Feedback;

namespace Zicht.Tests.Features.Feedback;

public class InvitationTokenTests
{
    [Fact]
    public void Tokens_are_url_safe_carry_256_bits_and_never_repeat()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => InvitationToken.New()).ToList();
        Assert.All(tokens, t => Assert.True(InvitationToken.LooksValid(t), t));
        Assert.Equal(1000, tokens.Distinct().Count());
        Assert.Equal(32, Convert.FromBase64String(tokens[0].Replace('-', '+').Replace('_', '/') + "=").Length);
    }

    [Fact]
    public void The_stored_hash_is_sha256_hex_and_not_the_token()
    {
        var token = InvitationToken.New();
        var hash = InvitationToken.Hash(token);
        Assert.Equal(64, hash.Length);
        Assert.DoesNotContain(token, hash);
        Assert.Equal(hash, InvitationToken.Hash(token));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/")]
    public void Malformed_tokens_are_rejected_before_any_lookup(string? token) =>
        Assert.False(InvitationToken.LooksValid(token));
}
