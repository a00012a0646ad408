using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Features.Surveys;
using Zicht.Infrastructure.Audit;

namespace Zicht.Features.StaffSurvey;

/// <summary>A round of the staff survey, opened by an administrator for a set of teams and closed later.</summary>
public class StaffWave
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public required string Title { get; set; }
    public Guid InstrumentVersionId { get; set; }
    public DateTime OpenedAt { get; set; }
    public DateTime? ClosedAt { get; set; }

    /// <summary>
    /// Secret for the participation HMAC, random per wave. Wiped (with the participation rows) when the
    /// wave closes, so afterwards nobody can even test whether a given person took part.
    /// </summary>
    [AuditRedacted]
    public byte[]? ParticipationKey { get; set; }

    /// <summary>How many took part, kept when the participation rows are wiped at closing.</summary>
    public int? Participants { get; set; }

    /// <summary>Staff of the wave teams' organisations who belong to no team (staff members, coordinators) may answer too.</summary>
    public bool IncludesStaffWithoutTeam { get; set; }
    public List<StaffWaveTeam> Teams { get; set; } = [];
}

public class StaffWaveTeam
{
    public Guid WaveId { get; set; }
    public Guid TeamId { get; set; }
}

/// <summary>
/// "This person has answered this wave": HMAC-SHA256(wave key, staff id). No time, no response id, no
/// account id. Written with raw SQL so no audit line (which names the actor) is made. See
/// docs/decisions/007-anonymous-staff-survey.md.
/// </summary>
public class StaffParticipation
{
    public Guid WaveId { get; set; }
    public required string Key { get; set; }
}

/// <summary>One anonymous answer set: the self-reported background groups and the answers, nothing else.</summary>
public class StaffResponse
{
    public Guid Id { get; set; }
    public Guid WaveId { get; set; }
    public int Role { get; set; }
    public int Service { get; set; }
    public int Region { get; set; }

    /// <summary>
    /// The respondent's team when they belong to exactly one of the wave's teams; null for staff without
    /// a team or in several of them. Only ever shown as a team's figures above the minimum group size,
    /// with complementary suppression (<see cref="StaffDisclosure"/>); never in the research export.
    /// </summary>
    public Guid? TeamId { get; set; }
    public required string Answers { get; set; }
}

internal sealed class StaffWaveConfiguration : IEntityTypeConfiguration<StaffWave>
{
    public void Configure(EntityTypeBuilder<StaffWave> b)
    {
        b.Property(w => w.Title).HasMaxLength(200);
        b.HasOne<InstrumentVersion>().WithMany().HasForeignKey(w => w.InstrumentVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(w => w.Teams).WithOne().HasForeignKey(t => t.WaveId);
    }
}

internal sealed class StaffWaveTeamConfiguration : IEntityTypeConfiguration<StaffWaveTeam>
{
    public void Configure(EntityTypeBuilder<StaffWaveTeam> b)
    {
        b.HasKey(t => new { t.WaveId, t.TeamId });
        b.HasOne<Kernel.Team>().WithMany().HasForeignKey(t => t.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StaffParticipationConfiguration : IEntityTypeConfiguration<StaffParticipation>
{
    public void Configure(EntityTypeBuilder<StaffParticipation> b)
    {
        b.ToTable("StaffParticipations");
        // The key is the whole row: a second insert for the same person and wave fails, which is
        // exactly the once-only rule, enforced by the database even under concurrent submissions.
        b.HasKey(p => new { p.WaveId, p.Key });
        b.Property(p => p.Key).HasMaxLength(64);
        b.HasOne<StaffWave>().WithMany().HasForeignKey(p => p.WaveId);
    }
}

internal sealed class StaffResponseConfiguration : IEntityTypeConfiguration<StaffResponse>
{
    public void Configure(EntityTypeBuilder<StaffResponse> b)
    {
        b.ToTable("StaffResponses");
        b.Property(r => r.Id).ValueGeneratedNever();
        b.HasOne<StaffWave>().WithMany().HasForeignKey(r => r.WaveId);
        b.HasIndex(r => r.WaveId);
    }
}
