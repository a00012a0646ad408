using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Zicht.Data;
using Zicht.Kernel;

namespace Zicht.Infrastructure.Audit;

/// <summary>
/// Marks a property whose values never go into the audit trail (only that it changed). On a class: every
/// value of the entity except its key, for records whose content must be erasable without touching the
/// append-only trail (decision 044).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class)]
public sealed class AuditRedactedAttribute : Attribute;

/// <summary>Turns tracked entity changes into audit lines with before and after values.</summary>
internal static class AuditCollector
{
    private static readonly HashSet<string> Redacted =
        ["PasswordHash", "SecurityStamp", "ConcurrencyStamp", "Value", "AuthenticatorKey"];

    private static readonly HashSet<string> Skipped = [nameof(IVersioned.Version), "NormalizedUserName", "NormalizedEmail"];

    public static List<AuditEntry> Collect(ZichtDb db, List<EntityEntry> tracked)
    {
        var lines = new List<AuditEntry>();
        foreach (var entry in tracked)
        {
            if (entry.Entity is AuditEntry or DataProtectionKey or IDerivedData or IUnaudited
                || entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }
            var changes = Changes(entry);
            if (entry.State == EntityState.Modified && changes.Count == 0)
            {
                continue;
            }
            lines.Add(new AuditEntry
            {
                ActorId = db.Context.StaffId,
                ActorName = db.Context.ActorName,
                Action = entry.State switch
                {
                    EntityState.Added => AuditActions.Create,
                    EntityState.Deleted => AuditActions.Delete,
                    _ => AuditActions.Update,
                },
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                CaseId = CaseOf(entry.Entity),
                Changes = JsonSerializer.Serialize(changes),
                PreviousHash = "",
                Hash = "",
            });
        }
        return lines;
    }

    private static Dictionary<string, object?[]> Changes(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?[]>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (Skipped.Contains(name) || (entry.State == EntityState.Modified && !property.IsModified))
            {
                continue;
            }
            var before = entry.State == EntityState.Added ? null : property.OriginalValue;
            var after = entry.State == EntityState.Deleted ? null : property.CurrentValue;
            if (entry.State == EntityState.Modified && Equals(before, after))
            {
                continue;
            }
            if (IsRedacted(property.Metadata.PropertyInfo, name) || (WholeEntityRedacted(entry) && !property.Metadata.IsPrimaryKey()))
            {
                before = before is null ? null : "***";
                after = after is null ? null : "***";
            }
            changes[name] = [before, after];
        }
        return changes;
    }

    private static bool IsRedacted(PropertyInfo? info, string name) =>
        Redacted.Contains(name) || info?.GetCustomAttribute<AuditRedactedAttribute>() is not null;

    private static bool WholeEntityRedacted(EntityEntry entry) =>
        entry.Metadata.ClrType.GetCustomAttribute<AuditRedactedAttribute>() is not null;

    private static string KeyOf(EntityEntry entry) =>
        string.Join("|", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));

    private static Guid? CaseOf(object entity) => entity switch
    {
        Case c => c.Id,
        ICaseOwned owned => owned.CaseId,
        _ => null,
    };
}
