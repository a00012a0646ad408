namespace Zicht.Infrastructure.Audit;

/// <summary>
/// One line of the append-only audit trail. Lines form a hash chain: each <see cref="Hash"/> covers
/// the line's content and the previous line's hash, so editing or deleting any line breaks every
/// hash after it (checked by <c>zicht verify-audit</c>).
/// </summary>
public class AuditEntry
{
    /// <summary>Position in the chain, 1-based, without gaps.</summary>
    public long Sequence { get; set; }
    public DateTime At { get; set; }
    public Guid? ActorId { get; set; }
    public required string ActorName { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public string? EntityId { get; set; }
    public Guid? CaseId { get; set; }

    /// <summary>JSON object: property → [before, after]. Sensitive identity columns are redacted.</summary>
    public string? Changes { get; set; }
    public string? Reason { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}

public static class AuditActions
{
    public const string Read = "Read";
    public const string Create = "Create";
    public const string Update = "Update";
    public const string Delete = "Delete";
    public const string Export = "Export";
    public const string Download = "Download";
    public const string SignIn = "SignIn";
    public const string SignInFailed = "SignInFailed";
}
