using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Surveys;
using Zicht.Infrastructure.Audit;

namespace Zicht.Features.StaffSurvey;

/// <summary>
/// Stores a past wave (a survey that ran before Zicht, such as the 2021 LimeSurvey baseline) so the
/// barometer and item trends start where the evaluation measured them. All or nothing: one bad cell and
/// nothing is stored. The wave is closed from the start and has no participation key: nobody can answer it.
/// </summary>
public sealed class BaselineImport(ZichtDb db, InstrumentStore instruments)
{
    public sealed record Outcome(Guid? WaveId, int Responses, IReadOnlyList<string> Problems);

    public async Task<Outcome> ImportAsync(TextReader csv, string title, DateOnly openedOn, DateOnly closedOn, CancellationToken ct)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(title))
        {
            problems.Add("title: a wave needs a title");
        }
        if (closedOn < openedOn)
        {
            problems.Add("closed: the wave cannot close before it opened");
        }
        if (await db.Set<StaffWave>().AnyAsync(w => w.Title == title, ct))
        {
            problems.Add($"title: a wave called '{title}' exists already");
        }
        var (versionId, instrument) = await instruments.CurrentAsync("staff", ct);
        var read = BaselineCsv.Read(csv, instrument);
        problems.AddRange(read.Problems);
        if (problems.Count > 0)
        {
            return new(null, 0, problems);
        }
        var wave = new StaffWave
        {
            Title = title.Trim(),
            InstrumentVersionId = versionId,
            OpenedAt = openedOn.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            ClosedAt = closedOn.ToDateTime(new TimeOnly(23, 59), DateTimeKind.Utc),
            Participants = read.Responses.Count,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Add(wave);
        db.RecordAudit(AuditActions.Create, nameof(StaffWave), wave.Id.ToString(), null, $"imported past wave, {read.Responses.Count} answer sets");
        await db.SaveChangesAsync(ct);
        // Answers are anonymous: stored without audit lines, as the ballot box does (decision 007).
        foreach (var answers in read.Responses)
        {
            var role = Answers.Value(answers, "bg_role") ?? 0;
            var service = Answers.Value(answers, "bg_service") ?? 0;
            var region = Answers.Value(answers, "bg_region") ?? 0;
            var json = Answers.Write(answers);
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "StaffResponses" ("Id", "WaveId", "Role", "Service", "Region", "Answers") VALUES ({Guid.NewGuid()}, {wave.Id}, {role}, {service}, {region}, {json})""", ct);
        }
        await transaction.CommitAsync(ct);
        return new(wave.Id, read.Responses.Count, []);
    }
}
