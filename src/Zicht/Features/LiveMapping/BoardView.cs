using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Mapping;

namespace Zicht.Features.LiveMapping;

/// <summary>
/// What the board shows. A participant's board holds only what was said in this meeting and the scores
/// given in it: never the case's earlier statements, versions or anything else of the file.
/// </summary>
public sealed record BoardView(
    LiveMeeting Meeting, IReadOnlyList<MappingColumn> Columns, IReadOnlyList<LiveProposal> Proposals, IReadOnlyList<LiveScore> Scores,
    IReadOnlyList<LiveParticipant> Participants, IReadOnlyList<MappingStatement> Earlier, bool ForWorker, string Stamp, MappingHeadings Headings,
    IReadOnlyDictionary<Guid, int> StatementVersions)
{
    public int? Lowest => Scores.Count == 0 ? null : Scores.Min(s => s.Score);
    public int? Highest => Scores.Count == 0 ? null : Scores.Max(s => s.Score);

    public static async Task<BoardView> LoadAsync(ZichtDb db, LiveMeetings meetings, LiveMeeting meeting, MappingHeadings headings, bool forWorker, CancellationToken ct = default)
    {
        var stamp = await meetings.StampAsync(meeting.Id, ct);
        var proposals = await db.Set<LiveProposal>().IgnoreQueryFilters().AsNoTracking().Where(p => p.MeetingId == meeting.Id).OrderBy(p => p.AddedAt).ToListAsync(ct);
        var scores = await db.Set<LiveScore>().IgnoreQueryFilters().AsNoTracking().Where(s => s.MeetingId == meeting.Id).OrderBy(s => s.Name).ToListAsync(ct);
        var participants = await db.Set<LiveParticipant>().IgnoreQueryFilters().AsNoTracking().Where(p => p.MeetingId == meeting.Id).OrderBy(p => p.JoinedAt).ToListAsync(ct);
        // Only the worker sees the rest of the mapping (to merge into it); it is read through the case filter.
        var fromMeeting = proposals.Select(p => p.Id).ToList();
        var earlier = forWorker
            ? await db.Set<MappingStatement>().AsNoTracking().Where(s => s.CaseId == meeting.CaseId && !fromMeeting.Contains(s.Id)).OrderBy(s => s.AddedAt).ToListAsync(ct)
            : [];
        // The versions of the statements the meeting's proposals became: a rewording says which one it saw.
        var made = proposals.Where(p => p.StatementId is not null).Select(p => p.StatementId!.Value).ToList();
        var versions = forWorker
            ? await db.Set<MappingStatement>().AsNoTracking().Where(s => made.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Version, ct)
            : new Dictionary<Guid, int>();
        return new BoardView(meeting, headings.Effective(), proposals, scores, participants, earlier, forWorker, stamp, headings, versions);
    }
}
