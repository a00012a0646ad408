using System.Globalization;

namespace Zicht.Features.CaseAudits;

/// <summary>The audit's rules as plain functions (spec §1.10), unit-tested without a database.</summary>
public static class AuditRules
{
    /// <summary>The part someone plays in an audit; null for everyone else, who may not open it (learning, not control).</summary>
    public static AuditRole? RoleOf(Guid workerId, Guid reviewerId, Guid? staffId) =>
        staffId == workerId ? AuditRole.Worker : staffId == reviewerId ? AuditRole.Reviewer : null;

    /// <summary>Blind scoring: the other's scores show only once both scorings are submitted.</summary>
    public static bool BothSubmitted(IEnumerable<AuditRole> submitted)
    {
        var roles = submitted.ToHashSet();
        return roles.Contains(AuditRole.Worker) && roles.Contains(AuditRole.Reviewer);
    }

    public static AuditStatus StatusOf(AuditKind kind, IEnumerable<AuditRole> submitted, DateTime? comparedAt, DateOnly? closedOn, DateOnly? stoppedOn = null) =>
        stoppedOn is not null ? AuditStatus.Stopped
        : closedOn is not null ? AuditStatus.Closed
        : kind == AuditKind.AppreciativeInterview || comparedAt is not null ? AuditStatus.Conversation
        : BothSubmitted(submitted) ? AuditStatus.ReadyToCompare
        : AuditStatus.Scoring;

    /// <summary>
    /// Reads a typed score: empty is "don't know" (allowed, left out of every figure); anything else must be
    /// a whole number on the template's scale. Returns false with the score left null when it is not.
    /// </summary>
    public static bool TryReadScore(string? typed, AuditTemplate template, out int? score)
    {
        score = null;
        if (string.IsNullOrWhiteSpace(typed))
        {
            return true;
        }
        if (!int.TryParse(typed.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || !template.InScale(value))
        {
            return false;
        }
        score = value;
        return true;
    }

    /// <summary>
    /// What is missing before an audit may close, as the conversation fields that need text. Appreciative
    /// first: what went well is always needed; a scored audit also needs what could be better (rule 3).
    /// </summary>
    public static IReadOnlyList<string> MissingToClose(AuditKind kind, string? wentWell, string? couldBeBetter)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(wentWell))
        {
            missing.Add(nameof(AuditConversation.WentWell));
        }
        if (kind == AuditKind.CaseAudit && string.IsNullOrWhiteSpace(couldBeBetter))
        {
            missing.Add(nameof(AuditConversation.CouldBeBetter));
        }
        return missing;
    }

    /// <summary>The conversation is written after the comparison and before closing; afterwards only the worker adds a reflection.</summary>
    public static bool MayWriteConversation(AuditStatus status) => status == AuditStatus.Conversation;

    /// <summary>Either participant may stop an audit while nobody can yet see both scorings (spec §1.10: cancelled from scoring).</summary>
    public static bool MayStop(AuditKind kind, AuditStatus status) => kind == AuditKind.CaseAudit && status == AuditStatus.Scoring;

    public static bool MayAddReflection(AuditStatus status, AuditRole role) => status == AuditStatus.Closed && role == AuditRole.Worker;

    /// <summary>Half-year of a date as "2026-H2": the period of the learning themes.</summary>
    public static string HalfYear(DateOnly on) => $"{on.Year}-H{(on.Month <= 6 ? 1 : 2)}";
}
