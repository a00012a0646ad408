using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zicht.Features.Mapping;

internal sealed class MappingStatementConfiguration : IEntityTypeConfiguration<MappingStatement>
{
    public void Configure(EntityTypeBuilder<MappingStatement> b)
    {
        b.HasOne(s => s.Case).WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(s => s.Section).HasConversion<string>().HasMaxLength(24);
        b.Property(s => s.SaidBy).HasConversion<string>().HasMaxLength(16);
        b.Property(s => s.Text).HasMaxLength(2000);
        b.Property(s => s.SaidByName).HasMaxLength(100);
        b.HasIndex(s => new { s.CaseId, s.Section });
    }
}

internal sealed class MappingVersionConfiguration : IEntityTypeConfiguration<MappingVersion>
{
    public void Configure(EntityTypeBuilder<MappingVersion> b)
    {
        b.HasOne(v => v.Case).WithMany().HasForeignKey(v => v.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(v => v.Occasion).HasConversion<string>().HasMaxLength(16);
        b.Property(v => v.Participants).HasMaxLength(100);
        b.Property(v => v.Note).HasMaxLength(2000);
        b.Property(v => v.SavedByName).HasMaxLength(200);
        b.HasIndex(v => new { v.CaseId, v.Number }).IsUnique();
    }
}

internal sealed class HarmMatrixEntryConfiguration : IEntityTypeConfiguration<HarmMatrixEntry>
{
    public void Configure(EntityTypeBuilder<HarmMatrixEntry> b)
    {
        b.HasOne(h => h.Case).WithMany().HasForeignKey(h => h.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(h => h.Harm).HasMaxLength(500);
        foreach (var p in new[] { "Severity", "Frequency", "Impact", "FirstIncident", "WorstIncident", "LastIncident" })
        {
            b.Property(p).HasMaxLength(1000);
        }
        b.HasIndex(h => h.CaseId);
    }
}
