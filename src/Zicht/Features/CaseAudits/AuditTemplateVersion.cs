using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Data;

namespace Zicht.Features.CaseAudits;

/// <summary>One stored version of an audit template. Never edited: a revision is a new row with the next version.</summary>
public class AuditTemplateVersion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Key { get; set; }
    public int Version { get; set; }
    public required string Json { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

internal sealed class AuditTemplateVersionConfiguration : IEntityTypeConfiguration<AuditTemplateVersion>
{
    public void Configure(EntityTypeBuilder<AuditTemplateVersion> b)
    {
        b.Property(v => v.Key).HasMaxLength(40);
        b.HasIndex(v => new { v.Key, v.Version }).IsUnique();
    }
}

/// <summary>
/// Finds template versions. The shipped default is stored on first use, so every audit points at a row
/// holding the exact questions it was scored on. Parsed versions are cached: a version never changes.
/// </summary>
public sealed class AuditTemplateStore(ZichtDb db)
{
    private static readonly ConcurrentDictionary<Guid, AuditTemplate> Parsed = new();

    public async Task<(Guid Id, AuditTemplate Template)> CurrentAsync(CancellationToken ct = default)
    {
        var row = await db.Set<AuditTemplateVersion>().AsNoTracking().Where(v => v.Key == AuditTemplateJson.DefaultKey)
            .OrderByDescending(v => v.Version).FirstOrDefaultAsync(ct)
            ?? await AddAsync(AuditTemplateJson.Parse(AuditTemplateJson.LoadDefault()), ct);
        return (row.Id, await GetAsync(row.Id, ct));
    }

    public async Task<AuditTemplate> GetAsync(Guid versionId, CancellationToken ct = default)
    {
        if (Parsed.TryGetValue(versionId, out var cached))
        {
            return cached;
        }
        var json = await db.Set<AuditTemplateVersion>().AsNoTracking().Where(v => v.Id == versionId).Select(v => v.Json).FirstAsync(ct);
        return Parsed.GetOrAdd(versionId, _ => AuditTemplateJson.Parse(json));
    }

    /// <summary>Stores a revision; its key must be the audit template's and its number above every earlier one.</summary>
    public async Task<AuditTemplateVersion> AddAsync(AuditTemplate template, CancellationToken ct = default)
    {
        if (template.Key != AuditTemplateJson.DefaultKey)
        {
            throw new InvalidOperationException($"The key must be '{AuditTemplateJson.DefaultKey}'.");
        }
        var latest = await db.Set<AuditTemplateVersion>().Where(v => v.Key == template.Key).Select(v => (int?)v.Version).MaxAsync(ct) ?? 0;
        if (template.Version <= latest)
        {
            throw new InvalidOperationException($"Version {template.Version} is not newer than {latest}.");
        }
        var row = new AuditTemplateVersion { Key = template.Key, Version = template.Version, Json = AuditTemplateJson.Write(template) };
        db.Add(row);
        await db.SaveChangesAsync(ct);
        return row;
    }
}
