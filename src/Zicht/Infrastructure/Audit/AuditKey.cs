using System.Security.Cryptography;
using System.Text;

namespace Zicht.Infrastructure.Audit;

/// <summary>
/// The secret that keys the audit chain (HMAC-SHA256). It lives outside the database (environment
/// variable <c>Zicht__AuditKey</c> or a secret file), so whoever administers the database can neither
/// forge a line nor re-hash the chain after editing one: they can only break it, and verification says where.
/// </summary>
public sealed class AuditKey
{
    public const int MinimumLength = 32;
    private readonly byte[] key;

    public AuditKey(IConfiguration configuration)
    {
        var text = configuration["Zicht:AuditKey"];
        var file = configuration["Zicht:AuditKeyFile"];
        if (string.IsNullOrEmpty(text) && !string.IsNullOrEmpty(file) && File.Exists(file))
        {
            text = File.ReadAllText(file).Trim();
        }
        if (string.IsNullOrEmpty(text) || text.Length < MinimumLength)
        {
            throw new InvalidOperationException(
                $"The audit trail needs a secret key of at least {MinimumLength} characters outside the database: " +
                "set Zicht__AuditKey or Zicht__AuditKeyFile (see docs/operations.md, 'Audit key and anchors').");
        }
        key = Encoding.UTF8.GetBytes(text);
    }

    public string Sign(string text) => Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));

    /// <summary>The plain hash of a line's personal values: kept when the values are erased, so the chain still verifies.</summary>
    public static string HashOfValues(string? changes, string? reason) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes((changes ?? "\u0000") + "\n" + (reason ?? "\u0000"))));
}
