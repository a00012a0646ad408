using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Mapping;
using Zicht.Features.Network;
using Zicht.Features.ProcessTeams;
using Zicht.Features.SafetyScales;

namespace Zicht.Features.LiveMapping;

/// <summary>
/// Closing a meeting writes everything it produced in one save: the mapping version (participants from
/// who joined), the network meeting or process team record (agreements, scaling, next date), and the
/// meeting's own closing. Nothing is typed twice. The join code and every participant's link stop working.
/// </summary>
public sealed class LiveClosing(ZichtDb db, TimeProvider clock)
{
    public async Task<MappingVersion?> CloseAsync(LiveMeeting meeting, int expectedVersion, DateOnly heldOn, string? agreements, DateOnly? nextMeetingOn, string closedBy, CancellationToken ct = default)
    {
        db.Entry(meeting).Property(m => m.Version).OriginalValue = expectedVersion;
        var participants = await db.Set<LiveParticipant>().AsNoTracking().Where(p => p.MeetingId == meeting.Id).OrderBy(p => p.JoinedAt).ToListAsync(ct);
        var scores = await db.Set<LiveScore>().AsNoTracking().Where(s => s.MeetingId == meeting.Id).OrderBy(s => s.Name).ToListAsync(ct);
        var speakers = participants.Select(p => p.Role).ToHashSet();
        if (meeting.Kind == MeetingKind.ProcessTeam)
        {
            // A process team maps as a team: its members are the participants (spec §3.2).
            speakers.Add(Speaker.Team);
        }
        var scaling = scores.Count == 0 ? null : string.Join(", ", scores.Select(s => $"{s.Name} {s.Score}"));
        var note = string.Join(" · ", new[] { agreements?.Trim(), scaling }.Where(s => !string.IsNullOrEmpty(s)));
        var occasion = meeting.Kind == MeetingKind.ProcessTeam ? MappingOccasion.ProcessTeam : MappingOccasion.Conversation;
        var version = await MappingVersions.AddAsync(db, meeting.CaseId, heldOn, occasion, speakers, note.Length == 0 ? null : Trim(note, 2000), closedBy, ct);
        AddSafetyScores(meeting, heldOn, participants, scores);
        var attendees = string.Join(", ", new[] { closedBy }.Concat(participants.Select(p => p.Name)));
        switch (meeting.Kind)
        {
            case MeetingKind.NetworkMeeting:
                db.Add(new NetworkMeeting { CaseId = meeting.CaseId, HeldOn = heldOn, Attendees = Trim(attendees, 1000), Scaling = scaling is null ? null : Trim(scaling, 1000), Agreements = agreements?.Trim(), NextMeetingOn = nextMeetingOn });
                break;
            case MeetingKind.ProcessTeam:
                var next = nextMeetingOn is { } on ? $" · {on:yyyy-MM-dd}" : "";
                db.Add(new ProcessTeamMeeting { CaseId = meeting.CaseId, HeldOn = heldOn, Note = Trim((agreements?.Trim() ?? "") + next, 2000) });
                break;
        }
        meeting.ClosedAt = clock.GetUtcNow().UtcDateTime;
        meeting.Agreements = agreements?.Trim();
        meeting.NextMeetingOn = nextMeetingOn;
        meeting.MappingVersionId = version.Id;
        meeting.JoinCodeHash = "";
        meeting.JoinCodeSealed = null;
        try
        {
            await db.SaveChangesAsync(ct);
            return version;
        }
        catch (DbUpdateException)
        {
            // Closed at the same moment by someone else (or the version number was taken): nothing written.
            db.ChangeTracker.Clear();
            return null;
        }
    }

    /// <summary>
    /// Every number given becomes a score on the case's safety scale, as if entered on the scales page:
    /// perspective = who gave it, dated the meeting's day, audited with this save. A child's number reaches
    /// parent-facing pages only after the worker marks it shared there (the scales page's rule).
    /// </summary>
    private void AddSafetyScores(LiveMeeting meeting, DateOnly heldOn, List<LiveParticipant> participants, List<LiveScore> scores)
    {
        var roles = participants.ToDictionary(p => $"p:{p.Id}", p => p.Role);
        foreach (var score in scores)
        {
            var role = roles.TryGetValue(score.Who, out var said) ? PerspectiveOf(said) : ScorerRole.Worker;
            db.Add(new SafetyScore
            {
                CaseId = meeting.CaseId,
                Score = Math.Clamp(score.Score, SafetyScore.Min, SafetyScore.Max),
                ScorerRole = role,
                ScorerName = Trim(score.Name, 100),
                ScoredOn = heldOn,
                SharedWithParents = false,
                RecordedAt = clock.GetUtcNow().UtcDateTime,
            });
        }
    }

    private static ScorerRole PerspectiveOf(Speaker role) => role switch
    {
        Speaker.Parent => ScorerRole.Parent,
        Speaker.Child => ScorerRole.Child,
        Speaker.NetworkMember => ScorerRole.NetworkMember,
        Speaker.Partner => ScorerRole.Partner,
        _ => ScorerRole.Worker,
    };

    private static string Trim(string text, int max) => text.Length <= max ? text : text[..max];
}
