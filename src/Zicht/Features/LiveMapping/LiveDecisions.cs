using Microsoft.EntityFrameworkCore;
using Zicht.Data;
using Zicht.Features.Mapping;

namespace Zicht.Features.LiveMapping;

/// <summary><see cref="Both"/> answers a conflict: what is in the mapping stays and the worker's wording joins it.</summary>
public enum Decision { Accept, Reword, Merge, Decline, Both }

public enum DecisionResult { Done, Conflict, NotFound }

public sealed record DecisionOutcome(DecisionResult Result, DecisionConflict? Conflict = null);

/// <summary>
/// The worker's decisions on what was said. A decision carries the version of the proposal and of the
/// mapping statement it touches as the board showed them; when either changed since (another worker, the
/// classic edit page, another node) nothing is written and the worker gets both wordings to choose from.
/// </summary>
public sealed class LiveDecisions(ZichtDb db, TimeProvider clock)
{
    public async Task<DecisionOutcome> DecideAsync(LiveMeeting meeting, DecideInput input, CancellationToken ct = default)
    {
        var proposal = await db.Set<LiveProposal>().FirstOrDefaultAsync(p => p.Id == input.ProposalId && p.MeetingId == meeting.Id, ct);
        if (proposal is null)
        {
            return new(DecisionResult.NotFound);
        }
        var wording = string.IsNullOrWhiteSpace(input.Wording) ? proposal.FinalText ?? proposal.Text : input.Wording.Trim();
        if (input.Version != proposal.Version && AlreadyMade(proposal, input, wording))
        {
            // The same decision sent again (the offline queue after a lost answer): it is there already, nothing to overwrite.
            return new(DecisionResult.Done);
        }
        db.Entry(proposal).Property(p => p.Version).OriginalValue = input.Version;
        var now = clock.GetUtcNow().UtcDateTime;
        Guid? touched = null;
        switch (input.Decision)
        {
            case Decision.Accept or Decision.Reword when proposal.StatementId is { } statementId:
                touched = statementId;
                var statement = await db.Set<MappingStatement>().FirstOrDefaultAsync(s => s.Id == statementId, ct);
                if (statement is null || input.StatementVersion is not { } seen)
                {
                    // Removed from the mapping since the board was shown (or a board that did not say what it saw).
                    return await ConflictAsync(proposal.Id, touched, input, wording, ct);
                }
                db.Entry(statement).Property(s => s.Version).OriginalValue = seen;
                statement.Text = wording;
                proposal.FinalText = wording;
                proposal.Status = input.Decision == Decision.Accept ? ProposalStatus.Accepted : ProposalStatus.Reworded;
                break;
            case Decision.Accept or Decision.Reword:
                LiveBoard.Accept(db, now, proposal, wording);
                proposal.Status = input.Decision == Decision.Accept && wording == proposal.Text ? ProposalStatus.Accepted : ProposalStatus.Reworded;
                break;
            case Decision.Merge:
                if (!TryTarget(input.MergeTarget, out var targetId, out var targetVersion) || proposal.StatementId is not null)
                {
                    return new(DecisionResult.NotFound);
                }
                var target = await db.Set<MappingStatement>().FirstOrDefaultAsync(s => s.Id == targetId && s.CaseId == meeting.CaseId, ct);
                if (target is null)
                {
                    return new(DecisionResult.NotFound);
                }
                touched = target.Id;
                db.Entry(target).Property(s => s.Version).OriginalValue = targetVersion;
                // The proposal's words (as reworded) join the statement it repeats or completes; "replace" is the conflict's "mine".
                target.Text = input.Replace ? wording : $"{target.Text} {wording}";
                proposal.Status = ProposalStatus.Merged;
                proposal.StatementId = target.Id;
                proposal.FinalText = target.Text;
                break;
            case Decision.Both:
                var own = new MappingStatement { CaseId = proposal.CaseId, Section = proposal.Section, Text = wording, SaidBy = proposal.SaidBy, SaidByName = proposal.SaidByName, AddedAt = now };
                db.Add(own);
                if (proposal.StatementId is null)
                {
                    proposal.StatementId = own.Id;
                    proposal.FinalText = wording;
                    proposal.Status = ProposalStatus.Reworded;
                }
                // The proposal's version guards against pressing "both" twice.
                db.Entry(proposal).State = EntityState.Modified;
                break;
            case Decision.Decline:
                if (proposal.StatementId is not null)
                {
                    return new(DecisionResult.NotFound);
                }
                proposal.Status = ProposalStatus.Declined;
                break;
        }
        try
        {
            await db.SaveChangesAsync(ct);
            return new(DecisionResult.Done);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(proposal.Id, touched, input, wording, ct);
        }
    }

    private async Task<DecisionOutcome> ConflictAsync(Guid proposalId, Guid? statementId, DecideInput input, string wording, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var proposal = await db.Set<LiveProposal>().AsNoTracking().FirstAsync(p => p.Id == proposalId, ct);
        var statement = statementId is null ? null : await db.Set<MappingStatement>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == statementId, ct);
        var theirs = statementId is null ? proposal.FinalText ?? proposal.Text : statement?.Text;
        return new(DecisionResult.Conflict, new DecisionConflict(proposal.Id, theirs, wording, proposal.Version, proposal.Status,
            statement?.Id, statement?.Version, input.Decision == Decision.Merge && statement is not null));
    }

    private static bool AlreadyMade(LiveProposal p, DecideInput input, string wording) => input.Decision switch
    {
        Decision.Accept or Decision.Reword => p.Status is ProposalStatus.Accepted or ProposalStatus.Reworded && p.FinalText == wording,
        Decision.Decline => p.Status == ProposalStatus.Declined,
        Decision.Merge => p.Status == ProposalStatus.Merged && TryTarget(input.MergeTarget, out var id, out _) && p.StatementId == id,
        _ => false,
    };

    /// <summary>A merge target as the board offers it: "statement id:version".</summary>
    public static string Target(MappingStatement s) => $"{s.Id}:{s.Version}";

    private static bool TryTarget(string? value, out Guid id, out int version)
    {
        version = 0;
        var parts = (value ?? "").Split(':');
        return Guid.TryParse(parts[0], out id) & parts.Length == 2 && int.TryParse(parts[1], out version);
    }
}
