using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zicht.Data;
using Zicht.Features.Feedback;
using Zicht.Features.Mapping;

namespace Zicht.Features.LiveMapping;

/// <summary>
/// Opening a meeting, joining it and finding it back. Participants have no account and so no case scope:
/// their lookups bypass the case filter, but only by the hash of a code or token, and only for an open meeting.
/// </summary>
public sealed class LiveMeetings(ZichtDb db, TimeProvider clock, IOptions<LiveMappingOptions> options, IDataProtectionProvider protection)
{
    public const string ParticipantCookie = "zicht.live";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Opens a meeting on a case; the caller has checked CaseOperation.Record. Returns the code to show.</summary>
    public async Task<(LiveMeeting Meeting, string Code)> OpenAsync(Guid caseId, MeetingKind kind, string openedBy, CancellationToken ct = default)
    {
        var meeting = new LiveMeeting { CaseId = caseId, Kind = kind, OpenedAt = Now, OpenedByName = openedBy };
        var code = GiveCode(meeting);
        db.Add(meeting);
        await db.SaveChangesAsync(ct);
        return (meeting, code);
    }

    /// <summary>A fresh code; the old one stops working. The caller saves.</summary>
    public string GiveCode(LiveMeeting meeting)
    {
        var code = JoinCode.New();
        meeting.JoinCodeHash = JoinCode.Hash(code);
        meeting.JoinCodeExpiresAt = Now + options.Value.JoinCodeValidFor;
        meeting.JoinCodeSealed = Protector.Protect(code);
        return code;
    }

    /// <summary>The code to show on the board while it works, or null.</summary>
    public string? ShownCode(LiveMeeting meeting) =>
        meeting.IsOpen && meeting.JoinCodeExpiresAt > Now && meeting.JoinCodeSealed is { } sealedCode ? Protector.Unprotect(sealedCode) : null;

    private IDataProtector Protector => protection.CreateProtector("Zicht.LiveMapping.JoinCode");

    /// <summary>The open meeting whose unexpired code this is, or null (unknown, expired and closed look the same).</summary>
    public async Task<LiveMeeting?> FindByCodeAsync(string? typed, CancellationToken ct = default)
    {
        if (JoinCode.Normalise(typed) is not { } code)
        {
            return null;
        }
        var hash = JoinCode.Hash(code);
        var now = Now;
        return await db.Set<LiveMeeting>().IgnoreQueryFilters()
            .FirstOrDefaultAsync(m => m.JoinCodeHash == hash && m.ClosedAt == null && m.JoinCodeExpiresAt > now, ct);
    }

    /// <summary>Adds a participant and returns the token for their cookie (only its hash is stored).</summary>
    public async Task<string> JoinAsync(LiveMeeting meeting, string name, Speaker role, CancellationToken ct = default)
    {
        var token = InvitationToken.New();
        db.Add(new LiveParticipant { CaseId = meeting.CaseId, MeetingId = meeting.Id, Name = name.Trim(), Role = role, TokenHash = InvitationToken.Hash(token), JoinedAt = Now });
        db.Context.ActorName = $"deelnemer: {name.Trim()}";
        await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>The participant behind a cookie and their meeting, only while it is open; null otherwise.</summary>
    public async Task<(LiveParticipant Participant, LiveMeeting Meeting)?> FindParticipantAsync(string? token, CancellationToken ct = default)
    {
        if (!InvitationToken.LooksValid(token))
        {
            return null;
        }
        var hash = InvitationToken.Hash(token!);
        var participant = await db.Set<LiveParticipant>().IgnoreQueryFilters().FirstOrDefaultAsync(p => p.TokenHash == hash, ct);
        if (participant is null)
        {
            return null;
        }
        var meeting = await db.Set<LiveMeeting>().IgnoreQueryFilters().FirstOrDefaultAsync(m => m.Id == participant.MeetingId && m.ClosedAt == null, ct);
        if (meeting is null)
        {
            return null;
        }
        // Whatever a participant changes is audited under their name in this meeting.
        db.Context.ActorName = $"deelnemer: {participant.Name}";
        return (participant, meeting);
    }

    /// <summary>
    /// A fingerprint of everything on the board; it changes with every addition, decision, score and the
    /// closing. The live stream compares it, so every app node sees every change in the shared database.
    /// </summary>
    public async Task<string> StampAsync(Guid meetingId, CancellationToken ct = default)
    {
        var proposals = await db.Set<LiveProposal>().IgnoreQueryFilters().Where(p => p.MeetingId == meetingId)
            .GroupBy(p => 1).Select(g => new { Count = g.Count(), Versions = g.Sum(p => p.Version) }).FirstOrDefaultAsync(ct);
        var scores = await db.Set<LiveScore>().IgnoreQueryFilters().Where(s => s.MeetingId == meetingId)
            .GroupBy(s => 1).Select(g => new { Count = g.Count(), Versions = g.Sum(s => s.Version) }).FirstOrDefaultAsync(ct);
        var participants = await db.Set<LiveParticipant>().IgnoreQueryFilters().CountAsync(p => p.MeetingId == meetingId, ct);
        var meeting = await db.Set<LiveMeeting>().IgnoreQueryFilters().Where(m => m.Id == meetingId).Select(m => new { m.Version, Closed = m.ClosedAt != null }).FirstOrDefaultAsync(ct);
        return $"{proposals?.Count}.{proposals?.Versions}.{scores?.Count}.{scores?.Versions}.{participants}.{meeting?.Version}.{(meeting?.Closed ?? true ? "x" : "o")}";
    }
}
