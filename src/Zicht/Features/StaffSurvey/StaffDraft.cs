using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Zicht.Data;
using Zicht.Features.Surveys;

namespace Zicht.Features.StaffSurvey;

/// <summary>
/// Answers given so far by someone who has not sent the staff survey yet, so they can stop and continue
/// later (decision 070). Keyed like the once-only mark, encrypted, and deleted when the answers are sent or
/// the wave closes; never read by any figure or export.
/// </summary>
public class StaffDraft
{
    public Guid WaveId { get; set; }
    public required string Key { get; set; }
    public required string Protected { get; set; }
}

internal sealed class StaffDraftConfiguration : IEntityTypeConfiguration<StaffDraft>
{
    public void Configure(EntityTypeBuilder<StaffDraft> b)
    {
        b.ToTable("StaffDrafts");
        b.HasKey(d => new { d.WaveId, d.Key });
        b.Property(d => d.Key).HasMaxLength(64);
        b.HasOne<StaffWave>().WithMany().HasForeignKey(d => d.WaveId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>
/// Reads and writes drafts with plain SQL, like <see cref="StaffBallotBox"/>: through SaveChanges the audit
/// interceptor would write a line naming the actor beside the (encrypted) answers. No timestamp is kept.
/// </summary>
public sealed class StaffDrafts(ZichtDb db, IDataProtectionProvider protection)
{
    public const string PageKey = "_page";
    private IDataProtector Protector => protection.CreateProtector("Zicht.StaffSurvey.Draft");

    public async Task<Dictionary<string, string>> LoadAsync(StaffWave wave, Guid staffId, CancellationToken ct)
    {
        if (wave.ParticipationKey is null)
        {
            return [];
        }
        var key = StaffBallotBox.ParticipantKey(wave.ParticipationKey, staffId);
        var stored = await db.Set<StaffDraft>().AsNoTracking().Where(d => d.WaveId == wave.Id && d.Key == key).Select(d => d.Protected).FirstOrDefaultAsync(ct);
        try
        {
            return stored is null ? [] : Answers.Parse(Protector.Unprotect(stored));
        }
        catch (CryptographicException)
        {
            // A draft from a lost key ring cannot be read: the person starts again, nothing else breaks.
            return [];
        }
    }

    public async Task SaveAsync(StaffWave wave, Guid staffId, IReadOnlyDictionary<string, string> answers, CancellationToken ct)
    {
        if (wave.ParticipationKey is null)
        {
            return;
        }
        var key = StaffBallotBox.ParticipantKey(wave.ParticipationKey, staffId);
        var value = Protector.Protect(Answers.Write(answers));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "StaffDrafts" WHERE "WaveId" = {wave.Id} AND "Key" = {key}""", ct);
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "StaffDrafts" ("WaveId", "Key", "Protected") VALUES ({wave.Id}, {key}, {value})""", ct);
        await transaction.CommitAsync(ct);
    }
}
