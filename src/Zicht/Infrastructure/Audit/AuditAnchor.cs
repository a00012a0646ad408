using System.Globalization;
using Zicht.Data;

namespace Zicht.Infrastructure.Audit;

/// <summary>
/// The chain's head at a moment, kept outside the database (an append-only file, the log sink, the
/// operator's own copy). A later verification checks that the chain still holds this line with this
/// hash: a truncated or rolled-back trail can no longer pass.
/// One line of text per anchor: <c>zicht-audit-anchor 1 &lt;sequence&gt; &lt;hash&gt; &lt;UTC time&gt;</c>.
/// </summary>
public sealed record AuditAnchor(long Sequence, string Hash, DateTime At)
{
    private const string Prefix = "zicht-audit-anchor 1";

    public override string ToString() =>
        $"{Prefix} {Sequence} {Hash} {At.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)}";

    /// <summary>
    /// A checkpoint of every partition's head, written now when lines were added since the last one, as an
    /// anchor; null while the trail is empty. Anchoring it anchors every partition (decision 069).
    /// </summary>
    public static async Task<AuditAnchor?> OfHeadAsync(ZichtDb db, TimeProvider time, CancellationToken ct)
    {
        var head = await AuditCheckpoint.WriteAsync(db, ct);
        return head is null ? null : new AuditAnchor(head.Sequence, head.Hash, time.GetUtcNow().UtcDateTime);
    }

    /// <summary>The configured anchor file (<c>Zicht:AuditAnchorFile</c>, relative to the content root), or null.</summary>
    public static string? ConfiguredFile(IConfiguration configuration, IHostEnvironment env) =>
        configuration["Zicht:AuditAnchorFile"] is { Length: > 0 } file ? Path.GetFullPath(file, env.ContentRootPath) : null;

    /// <summary>Appends to the anchor file (created with the directory when missing).</summary>
    public static async Task AppendToAsync(string file, AuditAnchor anchor, CancellationToken ct)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(file));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        await File.AppendAllTextAsync(file, anchor + "\n", ct);
    }

    /// <summary>Reads an anchor file; a line that is not an anchor is an error with its line number (a file from outside is distrusted).</summary>
    public static (List<AuditAnchor> Anchors, List<string> Problems) Parse(IEnumerable<string> lines)
    {
        var anchors = new List<AuditAnchor>();
        var problems = new List<string>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            // The anchor may sit inside a log line: take it from its prefix on.
            var at = line.IndexOf(Prefix, StringComparison.Ordinal);
            var parts = at < 0 ? [] : line[(at + Prefix.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 3 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ||
                parts[1].Length != 64 || !parts[1].All(Uri.IsHexDigit) ||
                !DateTime.TryParse(parts[2], CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var when))
            {
                problems.Add($"line {number}: not an audit anchor");
                continue;
            }
            anchors.Add(new AuditAnchor(sequence, parts[1].ToLowerInvariant(), when));
        }
        return (anchors, problems);
    }
}
