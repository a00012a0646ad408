using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Data;

namespace Zicht.Infrastructure.Jobs;

/// <summary>
/// Who runs a background job until when (decision 068). One row per job; a node takes it when it is free
/// or expired, so across all nodes one runs the job; a node that dies holds it only until it expires.
/// Works the same on SQLite and PostgreSQL (plain conditional UPDATE and INSERT … ON CONFLICT DO NOTHING).
/// </summary>
public class Lease
{
    public required string Name { get; set; }
    public required string Owner { get; set; }
    public DateTime ExpiresAt { get; set; }

    /// <summary>This process, as a lease owner: host, process and a random part (a restarted process is another owner).</summary>
    public static readonly string ThisNode = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Takes or extends the lease <paramref name="name"/> for <paramref name="owner"/> until <paramref name="until"/>; false while another owner holds it.</summary>
    public static async Task<bool> TryTakeAsync(ZichtDb db, string name, string owner, DateTime now, DateTime until, CancellationToken ct)
    {
        var taken = await db.Database.ExecuteSqlAsync(
            $"UPDATE \"Leases\" SET \"Owner\" = {owner}, \"ExpiresAt\" = {until} WHERE \"Name\" = {name} AND (\"Owner\" = {owner} OR \"ExpiresAt\" < {now})", ct);
        return taken == 1 || await db.Database.ExecuteSqlAsync(
            $"INSERT INTO \"Leases\" (\"Name\", \"Owner\", \"ExpiresAt\") VALUES ({name}, {owner}, {until}) ON CONFLICT (\"Name\") DO NOTHING", ct) == 1;
    }

    /// <summary>Gives the lease back (only when this owner still holds it), so the next run need not wait for it to expire.</summary>
    public static Task ReleaseAsync(ZichtDb db, string name, string owner, DateTime now, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"UPDATE \"Leases\" SET \"ExpiresAt\" = {now} WHERE \"Name\" = {name} AND \"Owner\" = {owner}", ct);
}

internal sealed class LeaseConfiguration : IEntityTypeConfiguration<Lease>
{
    public void Configure(EntityTypeBuilder<Lease> b)
    {
        b.ToTable("Leases");
        b.HasKey(l => l.Name);
        b.Property(l => l.Name).HasMaxLength(100);
        b.Property(l => l.Owner).HasMaxLength(200);
    }
}
