namespace Zicht.Infrastructure.Audit;

/// <summary>
/// One line of the append-only audit trail. Lines form a keyed hash chain: each <see cref="Hash"/> is an
/// HMAC (key outside the database) over the line's content, the hash of its values and the previous line's
/// hash, so editing, inserting or deleting any line breaks the chain, and nobody without the key can
/// re-hash it; anchors kept outside the database catch truncation (<c>zicht verify-audit --anchor</c>).
/// </summary>
public class AuditEntry
{
    /// <summary>
    /// Order of the lines across the whole trail, unique and rising (PostgreSQL: a database sequence, so a
    /// rolled-back save leaves a gap; SQLite: one more than the last). Within a partition it is the chain's order.
    /// </summary>
    public long Sequence { get; set; }

    /// <summary>
    /// The chain this line belongs to (decision 069): 0 for lines without a case (sign-ins, checkpoints, lines
    /// from before partitioning), otherwise 1 + a hash of the case id, so reads of different cases do not wait on each other.
    /// </summary>
    public int Partition { get; set; }
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

    /// <summary>SHA-256 of <see cref="Changes"/> and <see cref="Reason"/>; the chain covers this, not the values themselves.</summary>
    public string ValuesHash { get; set; } = "";

    /// <summary>When retention erased <see cref="Changes"/> and <see cref="Reason"/> (the hash above stays).</summary>
    public DateTime? ValuesErasedAt { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }

    /// <summary>
    /// A read written without the chain's lock (decision 088): <see cref="Hash"/> is then the line's own keyed MAC and
    /// <see cref="PreviousHash"/> is <see cref="AuditSeal.Marker"/>, until the seal job chains it (new sequence, chained hash).
    /// </summary>
    public bool Unsealed { get; set; }
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

    /// <summary>Someone asked for a case (or a record in it) they may not see, or that does not exist.</summary>
    public const string Refused = "Refused";

    /// <summary>Retention erased the personal values of a case's audit lines (their hashes stay).</summary>
    public const string Erase = "Erase";

    /// <summary>The heads of every partition at a moment, chained into partition 0 (<see cref="AuditCheckpoint"/>).</summary>
    public const string Checkpoint = "Checkpoint";
}
