using System.Text.Json;
using Zicht.Infrastructure.Audit;

namespace Zicht.Features.Audit;

/// <summary>
/// An audit line as shown on screen. A privacy officer sees before/after values; an administrator,
/// who may not read case content, sees which fields changed but not their values.
/// </summary>
public sealed record AuditRow(long Sequence, DateTime At, string Actor, string Action, string EntityType, string? EntityId, Guid? CaseId, string? Reason, List<AuditChange> Changes)
{
    public static AuditRow From(AuditEntry e, bool showValues) =>
        new(e.Sequence, e.At, e.ActorName, e.Action, e.EntityType, e.EntityId, e.CaseId, e.Reason, ParseChanges(e.Changes, showValues));

    private static List<AuditChange> ParseChanges(string? json, bool showValues)
    {
        if (string.IsNullOrEmpty(json))
        {
            return [];
        }
        var parsed = JsonSerializer.Deserialize<Dictionary<string, JsonElement[]>>(json) ?? [];
        return parsed.Select(p => new AuditChange(p.Key,
            showValues ? Show(p.Value.ElementAtOrDefault(0)) : "•••",
            showValues ? Show(p.Value.ElementAtOrDefault(1)) : "•••")).ToList();
    }

    private static string Show(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "–",
        JsonValueKind.String => value.GetString() ?? "–",
        _ => value.GetRawText(),
    };
}

public sealed record AuditChange(string Field, string Before, string After);
