using Microsoft.EntityFrameworkCore;
using Zicht.Data;

namespace Zicht.Features.CaseAudits;

/// <summary>One scaling question of one audit: both scores (null = "don't know").</summary>
public sealed record QuestionPair(string Principle, string Question, int? Worker, int? Reviewer)
{
    public bool Scored => Worker is not null && Reviewer is not null;
}

/// <summary>An audit whose two scorings are both submitted: the only kind that counts in any figure.</summary>
public sealed record ScoredAudit(Guid AuditId, Guid TeamId, Guid WorkerId, DateOnly StartedOn, bool Closed, IReadOnlyList<QuestionPair> Questions);

/// <summary>The learning points of one closed conversation, by principle.</summary>
public sealed record ClosedConversation(Guid TeamId, Guid WorkerId, DateOnly ClosedOn, IReadOnlyList<string> Principles);

/// <summary>
/// Reads what figures and exports are computed from. The case query filter is bypassed on purpose:
/// these are aggregates for people who may not open the cases, and they pass <see cref="AuditAggregates"/>'
/// suppression (pages) or run with full rights (command line). A scoring that is not matched by the other
/// participant's never leaves here, which is what keeps scoring blind in every figure and export.
/// </summary>
public sealed class AuditFigures(ZichtDb db)
{
    public async Task<List<ScoredAudit>> ScoredAsync(DateOnly? from, DateOnly? to, IReadOnlyCollection<Guid>? teamIds, CancellationToken ct)
    {
        var audits = await db.Set<CaseAudit>().IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Kind == AuditKind.CaseAudit && a.Scorings.Count == 2 && a.StoppedOn == null)
            .Where(a => from == null || a.StartedOn >= from)
            .Where(a => to == null || a.StartedOn <= to)
            .Where(a => teamIds == null || teamIds.Contains(a.Case!.TeamId))
            .Select(a => new { a.Id, a.Case!.TeamId, a.WorkerId, a.StartedOn, Closed = a.ClosedOn != null })
            .ToListAsync(ct);
        var ids = audits.Select(a => a.Id).ToList();
        var scores = await (from x in db.Set<AuditScore>().IgnoreQueryFilters().AsNoTracking()
                            join s in db.Set<AuditScoring>().IgnoreQueryFilters() on x.ScoringId equals s.Id
                            where ids.Contains(s.AuditId)
                            select new { s.AuditId, s.Role, x.Principle, x.Question, x.Score }).ToListAsync(ct);
        var byAudit = scores.ToLookup(s => s.AuditId);
        return audits.OrderBy(a => a.StartedOn).ThenBy(a => a.Id).Select(a => new ScoredAudit(a.Id, a.TeamId, a.WorkerId, a.StartedOn, a.Closed,
            byAudit[a.Id].GroupBy(s => (s.Principle, s.Question))
                .OrderBy(g => g.Key.Principle, StringComparer.Ordinal).ThenBy(g => g.Key.Question, StringComparer.Ordinal)
                .Select(g => new QuestionPair(g.Key.Principle, g.Key.Question,
                    g.FirstOrDefault(s => s.Role == AuditRole.Worker)?.Score, g.FirstOrDefault(s => s.Role == AuditRole.Reviewer)?.Score))
                .ToList())).ToList();
    }

    public async Task<List<ClosedConversation>> ClosedConversationsAsync(IReadOnlyCollection<Guid>? teamIds, CancellationToken ct)
    {
        var rows = await db.Set<CaseAudit>().IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.ClosedOn != null && a.Conversation != null)
            .Where(a => teamIds == null || teamIds.Contains(a.Case!.TeamId))
            .Select(a => new { a.Case!.TeamId, a.WorkerId, ClosedOn = a.ClosedOn!.Value, Principles = a.Conversation!.LearningPoints.Select(p => p.Principle).ToList() })
            .ToListAsync(ct);
        return rows.Select(r => new ClosedConversation(r.TeamId, r.WorkerId, r.ClosedOn, r.Principles)).ToList();
    }

    /// <summary>The scale that covers every template version in use (kappa does not depend on it; distributions do).</summary>
    public async Task<(int Min, int Max)> ScaleAsync(AuditTemplateStore store, CancellationToken ct)
    {
        var ids = await db.Set<AuditTemplateVersion>().AsNoTracking().Select(v => v.Id).ToListAsync(ct);
        if (ids.Count == 0)
        {
            var (_, current) = await store.CurrentAsync(ct);
            return (current.ScaleMin, current.ScaleMax);
        }
        var templates = new List<AuditTemplate>();
        foreach (var id in ids)
        {
            templates.Add(await store.GetAsync(id, ct));
        }
        return (templates.Min(t => t.ScaleMin), templates.Max(t => t.ScaleMax));
    }
}
