using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Mapping;

namespace Zicht.Features.LiveMapping;

/// <summary>What is said in a meeting and what the worker makes of it. One user action, one save.</summary>
public sealed class LiveBoard(ZichtDb db, TimeProvider clock)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Adds a statement under the id the client made. Sending it again (a resend after a lost connection)
    /// changes nothing. The worker's own statements go into the mapping at once; a participant's wait.
    /// </summary>
    public async Task AddAsync(LiveMeeting meeting, Guid clientId, MappingSection section, string text, Speaker saidBy, string? saidByName,
        Guid? participantId, bool byWorker, CancellationToken ct = default)
    {
        if (clientId == Guid.Empty || await db.Set<LiveProposal>().IgnoreQueryFilters().AnyAsync(p => p.Id == clientId, ct))
        {
            return;
        }
        var proposal = new LiveProposal
        {
            Id = clientId,
            CaseId = meeting.CaseId,
            MeetingId = meeting.Id,
            ParticipantId = participantId,
            Section = section,
            Text = text.Trim(),
            SaidBy = saidBy,
            SaidByName = string.IsNullOrWhiteSpace(saidByName) ? null : saidByName.Trim(),
            AddedAt = Now,
        };
        db.Add(proposal);
        if (byWorker)
        {
            Accept(db, Now, proposal, proposal.Text);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two resends of one addition raced each other: the first one is kept, which is what was meant.
            if (!await IsStoredAsync(clientId))
            {
                throw;
            }
        }
    }

    private async Task<bool> IsStoredAsync(Guid id)
    {
        db.ChangeTracker.Clear();
        return await db.Set<LiveProposal>().IgnoreQueryFilters().AnyAsync(p => p.Id == id);
    }

    /// <summary>The proposal becomes a statement of the mapping under its own id.</summary>
    internal static void Accept(ZichtDb db, DateTime now, LiveProposal proposal, string text)
    {
        db.Add(new MappingStatement { Id = proposal.Id, CaseId = proposal.CaseId, Section = proposal.Section, Text = text, SaidBy = proposal.SaidBy, SaidByName = proposal.SaidByName, AddedAt = now });
        proposal.Status = ProposalStatus.Accepted;
        proposal.StatementId = proposal.Id;
        proposal.FinalText = text;
    }

    /// <summary>One number per person; giving it again replaces the earlier one.</summary>
    public async Task ScoreAsync(LiveMeeting meeting, string who, string name, int score, CancellationToken ct = default)
    {
        var existing = await db.Set<LiveScore>().IgnoreQueryFilters().FirstOrDefaultAsync(s => s.MeetingId == meeting.Id && s.Who == who, ct);
        if (existing is null)
        {
            db.Add(new LiveScore { CaseId = meeting.CaseId, MeetingId = meeting.Id, Who = who, Name = name, Score = Math.Clamp(score, 0, 10) });
        }
        else
        {
            existing.Score = Math.Clamp(score, 0, 10);
        }
        await db.SaveChangesAsync(ct);
    }
}
