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
    IReadOnlyDictionary<Guid, int> StatementVersions, int? FrozenVersion)
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
        // A closed meeting shows the version it produced, frozen: later edits of the mapping do not rewrite it.
        var frozen = !forWorker || meeting.MappingVersionId is not { } versionId ? null
            : await db.Set<MappingVersion>().AsNoTracking().FirstOrDefaultAsync(v => v.Id == versionId, ct);
        var earlier = !forWorker ? []
            : frozen is not null
                ? frozen.Statements().Where(s => !fromMeeting.Contains(s.Id))
                    .Select(s => new MappingStatement { Id = s.Id, CaseId = meeting.CaseId, Section = s.Section, Text = s.Text, SaidBy = s.SaidBy, SaidByName = s.SaidByName }).ToList()
                : await db.Set<MappingStatement>().AsNoTracking().Where(s => s.CaseId == meeting.CaseId && !fromMeeting.Contains(s.Id)).OrderBy(s => s.AddedAt).ToListAsync(ct);
        if (frozen is not null)
        {
            // What the proposals became, as saved at the closing (a merge target may since have been reworded).
            var texts = frozen.Statements().ToDictionary(s => s.Id, s => s.Text);
            proposals = proposals.Select(p => p.StatementId is { } sid && texts.TryGetValue(sid, out var t) && t != p.FinalText ? Frozen(p, t) : p).ToList();
        }
        // The versions of the statements the meeting's proposals became: a rewording says which one it saw.
        var made = proposals.Where(p => p.StatementId is not null).Select(p => p.StatementId!.Value).ToList();
        var versions = forWorker
            ? await db.Set<MappingStatement>().AsNoTracking().Where(s => made.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Version, ct)
            : new Dictionary<Guid, int>();
        return new BoardView(meeting, headings.Effective(), proposals, scores, participants, earlier, forWorker, stamp, headings, versions, frozen?.Number);
    }

    private static LiveProposal Frozen(LiveProposal p, string text) => new()
    {
        Id = p.Id,
        CaseId = p.CaseId,
        MeetingId = p.MeetingId,
        ParticipantId = p.ParticipantId,
        Section = p.Section,
        Text = p.Text,
        SaidBy = p.SaidBy,
        SaidByName = p.SaidByName,
        AddedAt = p.AddedAt,
        Status = p.Status,
        FinalText = text,
        StatementId = p.StatementId,
        Version = p.Version,
    };
}
