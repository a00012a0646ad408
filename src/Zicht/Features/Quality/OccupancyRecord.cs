using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Kernel;

namespace Zicht.Features.Quality;

/// <summary>
/// Occupancy and delivered units of one unit (department, function, type module) in one period (a
/// quarter), against its recognised capacity (erkenning) for that period (spec §2.5). Units are days
/// for residential and day care, guidance places ("begeleidingen") for ambulant and mobile work.
/// Delivered units are split into weekdays, weekends and holidays; face-to-face hours go against a
/// target; non-client time (consultation, pre-trajectory work) is kept beside, never counted in.
/// </summary>
public class OccupancyRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public int Year { get; set; }
    public int Quarter { get; set; }
    public Guid DepartmentId { get; set; }
    public QualityDepartment? Department { get; set; }

    /// <summary>Function (CB, CBAW, DB, V, OB …; seed 004:490–507).</summary>
    public required string Function { get; set; }
    public required string TypeModule { get; set; }
    public decimal RecognisedUnits { get; set; }
    public decimal OccupiedUnits { get; set; }
    public decimal DeliveredWeekdays { get; set; }
    public decimal DeliveredWeekends { get; set; }
    public decimal DeliveredHolidays { get; set; }
    public decimal FaceToFaceHours { get; set; }
    public decimal FaceToFaceTarget { get; set; }
    public decimal NonClientHours { get; set; }

    public decimal Delivered => DeliveredWeekdays + DeliveredWeekends + DeliveredHolidays;
}

internal sealed class OccupancyRecordConfiguration : IEntityTypeConfiguration<OccupancyRecord>
{
    public void Configure(EntityTypeBuilder<OccupancyRecord> b)
    {
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(r => r.Department).WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(r => new { r.OrganisationId, r.Year, r.Quarter, r.DepartmentId, r.Function, r.TypeModule }).IsUnique();
        b.Property(r => r.Function).HasMaxLength(20);
        b.Property(r => r.TypeModule).HasMaxLength(60);
        foreach (var p in new[] { nameof(OccupancyRecord.RecognisedUnits), nameof(OccupancyRecord.OccupiedUnits), nameof(OccupancyRecord.DeliveredWeekdays),
            nameof(OccupancyRecord.DeliveredWeekends), nameof(OccupancyRecord.DeliveredHolidays), nameof(OccupancyRecord.FaceToFaceHours),
            nameof(OccupancyRecord.FaceToFaceTarget), nameof(OccupancyRecord.NonClientHours) })
        {
            b.Property(p).HasPrecision(12, 2);
        }
        b.Ignore(r => r.Delivered);
    }
}
