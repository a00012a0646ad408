using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Mapping;

namespace Zicht.Features.LiveMapping;

public enum Decision { Accept, Reword, Merge, Decline }

public enum DecisionResult { Done, Conflict, NotFound }

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
            Accept(proposal, proposal.Text);
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

    /// <summary>
    /// The worker's decision on a statement, made on a board showing it at <paramref name="expectedVersion"/>.
    /// When someone else changed it in between nothing is written and <see cref="DecisionResult.Conflict"/>
    /// comes back, so the page can show both wordings and let the worker choose.
    /// </summary>
    public async Task<DecisionResult> DecideAsync(LiveMeeting meeting, Guid proposalId, int expectedVersion, Decision decision, string? wording, Guid? mergeInto, CancellationToken ct = default)
    {
        var proposal = await db.Set<LiveProposal>().FirstOrDefaultAsync(p => p.Id == proposalId && p.MeetingId == meeting.Id, ct);
        if (proposal is null)
        {
            return DecisionResult.NotFound;
        }
        db.Entry(proposal).Property(p => p.Version).OriginalValue = expectedVersion;
        var text = string.IsNullOrWhiteSpace(wording) ? proposal.FinalText ?? proposal.Text : wording.Trim();
        switch (decision)
        {
            case Decision.Accept:
            case Decision.Reword:
                if (proposal.StatementId is { } statementId && await db.Set<MappingStatement>().FirstOrDefaultAsync(s => s.Id == statementId, ct) is { } statement)
                {
                    statement.Text = text;
                    proposal.FinalText = text;
                    proposal.Status = decision == Decision.Accept ? ProposalStatus.Accepted : ProposalStatus.Reworded;
                }
                else
                {
                    Accept(proposal, text);
                    proposal.Status = decision == Decision.Accept && text == proposal.Text ? ProposalStatus.Accepted : ProposalStatus.Reworded;
                }
                break;
            case Decision.Merge:
                var target = await db.Set<MappingStatement>().FirstOrDefaultAsync(s => s.Id == mergeInto && s.CaseId == meeting.CaseId, ct);
                if (target is null || proposal.StatementId is not null)
                {
                    return DecisionResult.NotFound;
                }
                // The proposal's words (as reworded) join the statement it repeats or completes.
                target.Text = $"{target.Text} {text}";
                proposal.Status = ProposalStatus.Merged;
                proposal.StatementId = target.Id;
                proposal.FinalText = target.Text;
                break;
            case Decision.Decline:
                if (proposal.StatementId is not null)
                {
                    return DecisionResult.NotFound;
                }
                proposal.Status = ProposalStatus.Declined;
                break;
        }
        try
        {
            await db.SaveChangesAsync(ct);
            return DecisionResult.Done;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return DecisionResult.Conflict;
        }
    }

    private void Accept(LiveProposal proposal, string text)
    {
        db.Add(new MappingStatement { Id = proposal.Id, CaseId = proposal.CaseId, Section = proposal.Section, Text = text, SaidBy = proposal.SaidBy, SaidByName = proposal.SaidByName, AddedAt = Now });
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
