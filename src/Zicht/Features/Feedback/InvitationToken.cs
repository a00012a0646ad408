using System.Security.Cryptography;
using System.Text;

namespace Zicht.Features.Feedback;

/// <summary>
/// The secret in an invitation link. 32 random bytes (256 bits) make guessing hopeless; only the
/// SHA-256 hash is stored, so a copy of the database cannot be turned into working links. A plain hash
/// (no salt) suffices because the input is random, not a password, and it lets us look a link up by it.
/// </summary>
public static class InvitationToken
{
    public const int Bytes = 32;

    /// <summary>A new URL-safe token (base64url, 43 characters).</summary>
    public static string New() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    /// <summary>Cheap shape check before touching the database: anything else is an unknown link.</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
