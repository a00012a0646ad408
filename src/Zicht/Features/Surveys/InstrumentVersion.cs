using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Data;

namespace Zicht.Features.Surveys;

/// <summary>One stored version of an instrument. Never edited: a revision is a new row with the next version.</summary>
public class InstrumentVersion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Key { get; set; }
    public int Version { get; set; }
    public Audience Audience { get; set; }
    public required string Json { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}

internal sealed class InstrumentVersionConfiguration : IEntityTypeConfiguration<InstrumentVersion>
{
    public void Configure(EntityTypeBuilder<InstrumentVersion> b)
    {
        b.Property(v => v.Key).HasMaxLength(40);
        b.Property(v => v.Audience).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(v => new { v.Key, v.Version }).IsUnique();
    }
}

/// <summary>
/// Finds instrument versions. The shipped defaults are stored on first use, so every answer points at
/// a row holding the exact wording it answered. Parsed versions are cached: a version never changes.
/// </summary>
public sealed class InstrumentStore(ZichtDb db)
{
    private static readonly ConcurrentDictionary<Guid, Instrument> Parsed = new();

    public async Task<(Guid Id, Instrument Instrument)> CurrentAsync(string key, CancellationToken ct = default)
    {
        var row = await db.Set<InstrumentVersion>().AsNoTracking().Where(v => v.Key == key)
            .OrderByDescending(v => v.Version).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            var instrument = InstrumentJson.Parse(InstrumentJson.LoadDefault(key));
            row = await AddAsync(instrument, ct);
        }
        return (row.Id, await GetAsync(row.Id, ct));
    }

    public async Task<Instrument> GetAsync(Guid versionId, CancellationToken ct = default)
    {
        if (Parsed.TryGetValue(versionId, out var cached))
        {
            return cached;
        }
        var json = await db.Set<InstrumentVersion>().AsNoTracking().Where(v => v.Id == versionId)
            .Select(v => v.Json).FirstAsync(ct);
        return Parsed.GetOrAdd(versionId, _ => InstrumentJson.Parse(json));
    }

    /// <summary>Stores a new version (an administrator's revision); its number must be above every earlier one.</summary>
    public async Task<InstrumentVersion> AddAsync(Instrument instrument, CancellationToken ct = default)
    {
        var latest = await db.Set<InstrumentVersion>().Where(v => v.Key == instrument.Key)
            .Select(v => (int?)v.Version).MaxAsync(ct) ?? 0;
        if (instrument.Version <= latest)
        {
            throw new InvalidOperationException($"Version {instrument.Version} of '{instrument.Key}' is not newer than {latest}.");
        }
        var row = new InstrumentVersion
        {
            Key = instrument.Key,
            Version = instrument.Version,
            Audience = instrument.Audience,
            Json = InstrumentJson.Write(instrument),
        };
        db.Add(row);
        await db.SaveChangesAsync(ct);
        return row;
    }
}
