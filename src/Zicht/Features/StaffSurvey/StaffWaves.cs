using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Surveys;

namespace Zicht.Features.StaffSurvey;

/// <summary>Opening and closing waves (administrator).</summary>
public sealed class StaffWaves(ZichtDb db, InstrumentStore instruments, TimeProvider clock)
{
    public async Task<StaffWave> OpenAsync(string title, IReadOnlyCollection<Guid> teamIds, bool includesStaffWithoutTeam = false, CancellationToken ct = default)
    {
        if (teamIds.Count == 0)
        {
            throw new InvalidOperationException("A wave needs at least one team.");
        }
        var (versionId, _) = await instruments.CurrentAsync("staff", ct);
        var wave = new StaffWave
        {
            Title = title.Trim(),
            InstrumentVersionId = versionId,
            OpenedAt = clock.GetUtcNow().UtcDateTime,
            ParticipationKey = RandomNumberGenerator.GetBytes(32),
            IncludesStaffWithoutTeam = includesStaffWithoutTeam,
            Teams = teamIds.Distinct().Select(t => new StaffWaveTeam { TeamId = t }).ToList(),
        };
        db.Add(wave);
        await db.SaveChangesAsync(ct);
        return wave;
    }

    /// <summary>
    /// Closes the wave, keeps the number of participants, and deletes the participation marks and the
    /// wave key: once nobody can answer any more, nothing needs to know who did (decision 007).
    /// </summary>
    public async Task<bool> CloseAsync(Guid waveId, CancellationToken ct = default)
    {
        var wave = await db.Set<StaffWave>().FirstOrDefaultAsync(w => w.Id == waveId && w.ClosedAt == null, ct);
        if (wave is null)
        {
            return false;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        wave.Participants = await db.Set<StaffParticipation>().CountAsync(p => p.WaveId == waveId, ct);
        await db.Set<StaffParticipation>().Where(p => p.WaveId == waveId).ExecuteDeleteAsync(ct);
        await db.Set<StaffDraft>().Where(d => d.WaveId == waveId).ExecuteDeleteAsync(ct);
        wave.ClosedAt = clock.GetUtcNow().UtcDateTime;
        wave.ParticipationKey = null;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    /// <summary>Open waves that include one of the staff member's teams, or that include staff without a team when they have none.</summary>
    public async Task<List<StaffWave>> OpenForAsync(Guid staffId, CancellationToken ct = default)
    {
        var teamIds = db.TeamMemberships.Where(m => m.StaffId == staffId).Select(m => m.TeamId);
        var withoutTeam = !await teamIds.AnyAsync(ct);
        var organisation = await db.Users.Where(u => u.Id == staffId).Select(u => (Guid?)u.OrganisationId).FirstOrDefaultAsync(ct);
        var organisationTeams = db.Teams.Where(t => t.Service!.OrganisationId == organisation).Select(t => t.Id);
        return await db.Set<StaffWave>().AsNoTracking()
            .Where(w => w.ClosedAt == null && (w.Teams.Any(t => teamIds.Contains(t.TeamId))
                || (withoutTeam && w.IncludesStaffWithoutTeam && w.Teams.Any(t => organisationTeams.Contains(t.TeamId)))))
            .OrderByDescending(w => w.OpenedAt).ToListAsync(ct);
    }

    /// <summary>
    /// The wave's teams this staff member belongs to (empty for staff without a team whom the wave
    /// includes), or null when the wave is not theirs to answer.
    /// </summary>
    public static async Task<List<Guid>?> InvitedTeamsAsync(ZichtDb db, StaffWave wave, Guid staffId, CancellationToken ct)
    {
        var waveTeams = wave.Teams.Select(t => t.TeamId).ToList();
        var mine = await db.TeamMemberships.Where(m => m.StaffId == staffId).Select(m => m.TeamId).ToListAsync(ct);
        if (mine.Count > 0)
        {
            var invited = mine.Intersect(waveTeams).ToList();
            return invited.Count > 0 ? invited : null;
        }
        if (!wave.IncludesStaffWithoutTeam)
        {
            return null;
        }
        var organisation = await db.Users.Where(u => u.Id == staffId).Select(u => (Guid?)u.OrganisationId).FirstOrDefaultAsync(ct);
        var ofOrganisation = await db.Teams.AnyAsync(t => waveTeams.Contains(t.Id) && t.Service!.OrganisationId == organisation, ct);
        return ofOrganisation ? [] : null;
    }
}
