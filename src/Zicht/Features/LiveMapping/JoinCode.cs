using System.Security.Cryptography;
using System.Text;

namespace Zicht.Features.LiveMapping;

/// <summary>
/// The code participants type to join: 10 characters from 32 letters and digits that cannot be mistaken
/// for one another (50 bits), shown as "ABCDE-FGHJK". Only the hash is stored; with the join rate limit,
/// guessing an open meeting's code in its few hours is hopeless.
/// </summary>
public static class JoinCode
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public const int Length = 10;

    public static string New()
    {
        var chars = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }
        return new string(chars);
    }

    public static string Display(string code) => code.Length == Length ? $"{code[..5]}-{code[5..]}" : code;

    /// <summary>Uppercase, without spaces and dashes; null when it cannot be a code.</summary>
    public static string? Normalise(string? typed)
    {
        var code = new string((typed ?? "").Where(c => c is not (' ' or '-')).ToArray()).ToUpperInvariant();
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }

    public static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(code)));
}
