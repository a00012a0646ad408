using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Zicht.Features.SafetyPlans;

internal sealed class SafetyPlanConfiguration : IEntityTypeConfiguration<SafetyPlan>
{
    public void Configure(EntityTypeBuilder<SafetyPlan> b)
    {
        b.HasOne(p => p.Case).WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => p.CaseId).IsUnique();
        b.Property(p => p.PlanB).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.PlanBNote).HasMaxLength(2000);
        b.HasMany(p => p.Rules).WithOne().HasForeignKey(r => r.SafetyPlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SafetyPlanRuleConfiguration : IEntityTypeConfiguration<SafetyPlanRule>
{
    public void Configure(EntityTypeBuilder<SafetyPlanRule> b)
    {
        b.HasOne(r => r.Case).WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.NoAction);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(24);
        b.Property(r => r.Who).HasMaxLength(200);
        b.Property(r => r.What).HasMaxLength(2000);
        b.Property(r => r.When).HasMaxLength(500);
    }
}

internal sealed class SafetyPlanVersionConfiguration : IEntityTypeConfiguration<SafetyPlanVersion>
{
    public void Configure(EntityTypeBuilder<SafetyPlanVersion> b)
    {
        b.HasOne(v => v.Case).WithMany().HasForeignKey(v => v.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(v => v.Stage).HasConversion<string>().HasMaxLength(16);
        b.Property(v => v.Audience).HasConversion<string>().HasMaxLength(16);
        b.Property(v => v.ChildWording).HasMaxLength(8000);
        b.Property(v => v.SavedByName).HasMaxLength(200);
        b.HasIndex(v => new { v.CaseId, v.Number }).IsUnique();
    }
}

internal sealed class MonitoringEntryConfiguration : IEntityTypeConfiguration<MonitoringEntry>
{
    public void Configure(EntityTypeBuilder<MonitoringEntry> b)
    {
        b.HasOne(m => m.Case).WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<SafetyPlanRule>().WithMany().HasForeignKey(m => m.RuleId).OnDelete(DeleteBehavior.NoAction);
        b.Property(m => m.Note).HasMaxLength(2000);
        b.HasIndex(m => new { m.CaseId, m.On });
    }
}

internal sealed class SafetyPlanReviewConfiguration : IEntityTypeConfiguration<SafetyPlanReview>
{
    public void Configure(EntityTypeBuilder<SafetyPlanReview> b)
    {
        b.HasOne(r => r.Case).WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.Property(r => r.Note).HasMaxLength(1000);
        b.HasIndex(r => r.CaseId);
    }
}
