using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure.Audit;

namespace Zicht.Data;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditTrail");
        b.HasKey(a => a.Sequence);
        b.Property(a => a.Sequence).ValueGeneratedNever();
        b.Property(a => a.ActorName).HasMaxLength(200);
        b.Property(a => a.Action).HasMaxLength(40);
        b.Property(a => a.EntityType).HasMaxLength(100);
        b.Property(a => a.EntityId).HasMaxLength(200);
        b.Property(a => a.PreviousHash).HasMaxLength(64);
        b.Property(a => a.Hash).HasMaxLength(64);
        b.Property(a => a.ValuesHash).HasMaxLength(64);
        b.HasIndex(a => new { a.CaseId, a.Sequence });
        b.HasIndex(a => new { a.Partition, a.Sequence });
        // The seal job's work list stays small however long the trail grows (decision 088).
        b.HasIndex(a => a.Sequence).HasFilter("\"Unsealed\"").HasDatabaseName("IX_AuditTrail_Unsealed");
    }
}
