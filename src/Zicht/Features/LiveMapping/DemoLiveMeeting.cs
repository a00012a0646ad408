using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Mapping;
using Zicht.Features.Network;

namespace Zicht.Features.LiveMapping;

/// <summary>
/// One demo case of consulent@demo gets a closed live network meeting: a parent and a grandmother joined,
/// proposed, were taken up, reworded and declined, scaled, and the closing saved a version. So a newcomer
/// sees what a live meeting leaves behind.
/// </summary>
public static class DemoLiveMeeting
{
    public static async Task<Guid?> SeedAsync(ZichtDb db, CancellationToken ct)
    {
        var worker = await db.Users.Where(u => u.UserName == "consulent@demo").Select(u => new { u.Id, u.DisplayName }).FirstOrDefaultAsync(ct);
        var caseId = worker is null ? (Guid?)null : await db.Cases.IgnoreQueryFilters()
            .Where(c => c.ResponsibleWorkerId == worker.Id && c.ClosedOn == null && db.Set<MappingVersion>().Any(v => v.CaseId == c.Id))
            .OrderBy(c => c.Reference).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct);
        if (worker is null || caseId is not { } id)
        {
            return null;
        }
        var opened = DateTime.UtcNow.AddDays(-6);
        var meeting = new LiveMeeting { CaseId = id, Kind = MeetingKind.NetworkMeeting, OpenedAt = opened, OpenedByName = worker.DisplayName, JoinCodeExpiresAt = opened.AddHours(3) };
        var mama = new LiveParticipant { CaseId = id, MeetingId = meeting.Id, Name = "Sarah", Role = Speaker.Parent, JoinedAt = opened.AddMinutes(2), TokenHash = Guid.NewGuid().ToString("N") };
        var oma = new LiveParticipant { CaseId = id, MeetingId = meeting.Id, Name = "oma Rita", Role = Speaker.NetworkMember, JoinedAt = opened.AddMinutes(3), TokenHash = Guid.NewGuid().ToString("N") };
        db.AddRange(meeting, mama, oma);
        var said = new (LiveParticipant Who, MappingSection Section, string Text, ProposalStatus Status, string? Final)[]
        {
            (mama, MappingSection.ExistingStrength, "Ik lees elke avond voor aan Lotte en Noah.", ProposalStatus.Accepted, null),
            (oma, MappingSection.SafetyGoal, "De kinderen slapen bij mij als het thuis te hard ruzie is.",
                ProposalStatus.Reworded, "Als het thuis escaleert, slapen Lotte en Noah bij oma Rita; mama belt haar vóór 21 uur."),
            (mama, MappingSection.ComplicatingFactor, "De buren bemoeien zich overal mee.", ProposalStatus.Declined, null),
        };
        var minute = 10;
        foreach (var (who, section, text, status, final) in said)
        {
            var proposal = new LiveProposal
            {
                Id = Guid.CreateVersion7(),
                CaseId = id,
                MeetingId = meeting.Id,
                ParticipantId = who.Id,
                Section = section,
                Text = text,
                SaidBy = who.Role,
                SaidByName = who.Name,
                AddedAt = opened.AddMinutes(minute += 5),
                Status = status,
            };
            if (status != ProposalStatus.Declined)
            {
                proposal.FinalText = final ?? text;
                proposal.StatementId = proposal.Id;
                db.Add(new MappingStatement { Id = proposal.Id, CaseId = id, Section = section, Text = proposal.FinalText, SaidBy = who.Role, SaidByName = who.Name, AddedAt = proposal.AddedAt });
            }
            db.Add(proposal);
        }
        db.AddRange(
            new LiveScore { CaseId = id, MeetingId = meeting.Id, Who = $"p:{mama.Id}", Name = "Sarah", Score = 6 },
            new LiveScore { CaseId = id, MeetingId = meeting.Id, Who = $"p:{oma.Id}", Name = "oma Rita", Score = 4 },
            new LiveScore { CaseId = id, MeetingId = meeting.Id, Who = $"s:{worker.Id}", Name = worker.DisplayName, Score = 3 });
        var heldOn = DateOnly.FromDateTime(opened);
        const string agreements = "Oma Rita is het eerste aanspreekpunt als het thuis escaleert. Mama vertelt de school wie de kinderen mag ophalen.";
        var version = await MappingVersions.AddAsync(db, id, heldOn, MappingOccasion.Conversation, [Speaker.Parent, Speaker.NetworkMember],
            agreements + " · Sarah 6, oma Rita 4, " + worker.DisplayName + " 3", worker.DisplayName, ct);
        db.Add(new NetworkMeeting { CaseId = id, HeldOn = heldOn, Attendees = $"{worker.DisplayName}, Sarah, oma Rita", Scaling = $"Sarah 6, oma Rita 4, {worker.DisplayName} 3", Agreements = agreements, NextMeetingOn = heldOn.AddDays(28) });
        meeting.ClosedAt = opened.AddHours(1);
        meeting.Agreements = agreements;
        meeting.NextMeetingOn = heldOn.AddDays(28);
        meeting.MappingVersionId = version.Id;
        await db.SaveChangesAsync(ct);
        return id;
    }
}
