using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Surveys;

namespace Zicht.Features.StaffSurvey;

public enum BallotResult { Stored, AlreadyAnswered, WaveClosed, NotInvited }

/// <summary>
/// Stores an anonymous staff answer and the once-only mark in one transaction, without going through
/// SaveChanges: the audit interceptor would write a line naming the actor right next to the response.
/// See docs/decisions/007-anonymous-staff-survey.md for what is and is not stored.
/// </summary>
public sealed class StaffBallotBox(ZichtDb db, TimeProvider clock)
{
    public static string ParticipantKey(byte[] waveKey, Guid staffId) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(waveKey, staffId.ToByteArray()));

    public async Task<bool> HasAnsweredAsync(StaffWave wave, Guid staffId, CancellationToken ct = default)
    {
        if (wave.ParticipationKey is null)
        {
            return false;
        }
        var key = ParticipantKey(wave.ParticipationKey, staffId);
        return await db.Set<StaffParticipation>().AnyAsync(p => p.WaveId == wave.Id && p.Key == key, ct);
    }

    public async Task<BallotResult> SubmitAsync(Guid waveId, Guid staffId, Instrument instrument, IReadOnlyDictionary<string, string> answers, CancellationToken ct = default)
    {
        var wave = await db.Set<StaffWave>().AsNoTracking().Include(w => w.Teams).FirstOrDefaultAsync(w => w.Id == waveId, ct);
        if (wave is null || wave.ClosedAt is not null || wave.ParticipationKey is null || wave.OpenedAt > clock.GetUtcNow().UtcDateTime)
        {
            return BallotResult.WaveClosed;
        }
        if (await StaffWaves.InvitedTeamsAsync(db, wave, staffId, ct) is not { } teams)
        {
            return BallotResult.NotInvited;
        }
        Guid? teamId = teams.Count == 1 ? teams[0] : null;
        var key = ParticipantKey(wave.ParticipationKey, staffId);
        var responseId = Guid.NewGuid();
        var role = Answers.Value(answers, "bg_role") ?? 0;
        var service = Answers.Value(answers, "bg_service") ?? 0;
        var region = Answers.Value(answers, "bg_region") ?? 0;
        var json = Answers.Write(answers);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "StaffParticipations" ("WaveId", "Key") VALUES ({waveId}, {key})""", ct);
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "StaffResponses" ("Id", "WaveId", "Role", "Service", "Region", "TeamId", "Answers") VALUES ({responseId}, {waveId}, {role}, {service}, {region}, {teamId}, {json})""", ct);
            // The draft of a paged answer goes with the sending (decision 070).
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "StaffDrafts" WHERE "WaveId" = {waveId} AND "Key" = {key}""", ct);
            await transaction.CommitAsync(ct);
            return BallotResult.Stored;
        }
        catch (DbException)
        {
            // The primary key on (wave, key) refused a second participation (a double click, a second
            // tab, or a retry): nothing of this attempt is kept.
            await transaction.RollbackAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
            return await HasAnsweredAsync(wave, staffId, CancellationToken.None) ? BallotResult.AlreadyAnswered : throw new InvalidOperationException("Could not store the answer.");
        }
    }
}
