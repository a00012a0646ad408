using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;

namespace Zicht.Features.Dashboard;

/// <summary>
/// The day offsets (months-after-start in days) of every trajectory of one team, service and closing
/// year, per duration indicator, packed by <see cref="DurationCellCodec"/>. Durations for a region or the
/// whole organisation add these up instead of reading a million trajectories (docs/decisions/034).
/// Derived from the Trajectory table; <see cref="DurationCellTeam"/> says from which state. The cell also
/// holds the counts of the breadth and core-data pages (<see cref="Counts"/>).
/// </summary>
public class DurationCell : IDerivedData
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid TeamId { get; set; }
    public Guid RegionId { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ServiceId { get; set; }

    /// <summary>Null for trajectories still open.</summary>
    public int? ClosingYear { get; set; }

    public byte[] Offsets { get; set; } = [];

    /// <summary>
    /// The same trajectories' counts and sums for the breadth and core-data pages (a <see cref="Tally"/>
    /// packed by <see cref="CountCellCodec"/>), built in the same pass under the same stamp (docs/decisions/065).
    /// </summary>
    public byte[] Counts { get; set; } = [];

    /// <summary>
    /// The same trajectories split by opening month and closing month (keys and counts; offsets in
    /// <see cref="MonthOffsets"/>, parts in the same order, <see cref="CellPartCodec"/>): a whole-month
    /// period reads these (docs/decisions/085).
    /// </summary>
    public byte[] MonthCounts { get; set; } = [];

    public byte[] MonthOffsets { get; set; } = [];

    /// <summary>
    /// The same trajectories split by opening month alone (parts in month order; offsets in <see cref="OpenedOffsets"/>):
    /// a cell whose closing year lies wholly outside a period, or an open cell, needs no more (docs/decisions/089).
    /// </summary>
    public byte[] OpenedCounts { get; set; } = [];

    public byte[] OpenedOffsets { get; set; } = [];

    /// <summary>The same trajectories split by worker: the worker level and a single worker read these (docs/decisions/085).</summary>
    public byte[] WorkerCounts { get; set; } = [];

    public byte[] WorkerOffsets { get; set; } = [];
}

/// <summary>A team whose cells are built: from the trajectories as they were at <see cref="Stamp"/>.</summary>
public class DurationCellTeam : IDerivedData
{
    public Guid TeamId { get; set; }
    public Guid Stamp { get; set; }
    public DateTime BuiltAt { get; set; }
}

internal sealed class DurationCellConfiguration : IEntityTypeConfiguration<DurationCell>
{
    public void Configure(EntityTypeBuilder<DurationCell> b)
    {
        b.ToTable("DurationCells");
        b.HasIndex(c => new { c.TeamId, c.ServiceId, c.ClosingYear });
    }
}

internal sealed class DurationCellTeamConfiguration : IEntityTypeConfiguration<DurationCellTeam>
{
    public void Configure(EntityTypeBuilder<DurationCellTeam> b)
    {
        b.ToTable("DurationCellTeams");
        b.HasKey(t => t.TeamId);
    }
}
