using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Infrastructure;

namespace Zicht.Features.Trajectories;

/// <summary>
/// Changes whenever any trajectory of the team is written (<see cref="TeamFigureStamps"/>): figures cached
/// under another stamp (the dashboards' duration cells) are out of date.
/// </summary>
public class TeamFigureStamp : IDerivedData
{
    public Guid TeamId { get; set; }
    public Guid Stamp { get; set; }
}

internal sealed class TeamFigureStampConfiguration : IEntityTypeConfiguration<TeamFigureStamp>
{
    public void Configure(EntityTypeBuilder<TeamFigureStamp> b)
    {
        b.ToTable("TeamFigureStamps");
        b.HasKey(t => t.TeamId);
    }
}
