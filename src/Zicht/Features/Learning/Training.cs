using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;
using Zicht.Kernel;

namespace Zicht.Features.Learning;

/// <summary>Kinds of training of seed 001:3755–3809 (practice-system.md §3.5).</summary>
public enum CourseKind { Basic, AdvancedSafetyPlanning, WordsAndPictures, NetworkMeetings, Leadership, Other }

/// <summary>Where a person stands for a course: on the waiting list, planned on a date, or followed.</summary>
public enum TrainingStatus { Waiting, Planned, Followed }

public class TrainingCourse : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Name { get; set; }
    public CourseKind Kind { get; set; }
    public decimal Days { get; set; }
    public required string Provider { get; set; }
    public int Version { get; set; }
}

/// <summary>One person's record for one course.</summary>
public class TrainingRecord : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid StaffId { get; set; }
    public StaffUser? Staff { get; set; }
    public Guid CourseId { get; set; }
    public TrainingCourse? Course { get; set; }
    public TrainingStatus Status { get; set; }

    /// <summary>The planned or followed date; empty while waiting.</summary>
    public DateOnly? On { get; set; }

    /// <summary>When the person was put on the list: the waiting list is in this order.</summary>
    public DateOnly AddedOn { get; set; }
    public int Version { get; set; }
}

/// <summary>A setting: staff in this role follow a course of this kind within so many months of starting (PROPOSAL: basic, 6).</summary>
public class RoleRequirement : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Role { get; set; }
    public CourseKind Kind { get; set; }
    public int WithinMonths { get; set; } = 6;
    public int Version { get; set; }
}

/// <summary>When a staff member started in the division: what "within 6 months of starting" counts from.</summary>
public class StaffStart : IVersioned
{
    public Guid StaffId { get; set; }
    public StaffUser? Staff { get; set; }
    public DateOnly StartedOn { get; set; }
    public int Version { get; set; }
}

internal sealed class TrainingCourseConfiguration : IEntityTypeConfiguration<TrainingCourse>
{
    public void Configure(EntityTypeBuilder<TrainingCourse> b)
    {
        b.Property(c => c.Name).HasMaxLength(200);
        b.Property(c => c.Provider).HasMaxLength(200);
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
        b.Property(c => c.Days).HasPrecision(4, 1);
    }
}

internal sealed class TrainingRecordConfiguration : IEntityTypeConfiguration<TrainingRecord>
{
    public void Configure(EntityTypeBuilder<TrainingRecord> b)
    {
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.HasOne(r => r.Staff).WithMany().HasForeignKey(r => r.StaffId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(r => r.Course).WithMany().HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.StaffId, r.CourseId }).IsUnique();
        b.HasIndex(r => new { r.CourseId, r.Status });
    }
}

internal sealed class RoleRequirementConfiguration : IEntityTypeConfiguration<RoleRequirement>
{
    public void Configure(EntityTypeBuilder<RoleRequirement> b)
    {
        b.Property(r => r.Role).HasMaxLength(40);
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        b.HasIndex(r => new { r.Role, r.Kind }).IsUnique();
    }
}

internal sealed class StaffStartConfiguration : IEntityTypeConfiguration<StaffStart>
{
    public void Configure(EntityTypeBuilder<StaffStart> b)
    {
        b.HasKey(s => s.StaffId);
        b.HasOne(s => s.Staff).WithOne().HasForeignKey<StaffStart>(s => s.StaffId).OnDelete(DeleteBehavior.Cascade);
    }
}
