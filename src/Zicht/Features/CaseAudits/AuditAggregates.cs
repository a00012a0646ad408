namespace Zicht.Features.CaseAudits;

/// <summary>Per principle (or "all"): agreement and the three distributions; Shown false means no figure at all.</summary>
public sealed record PrincipleFigures(string Principle, bool Shown, int Audits, AgreementFigures? Agreement,
    IReadOnlyList<int> WorkerCounts, IReadOnlyList<int> ReviewerCounts, IReadOnlyList<int> GapCounts);

/// <summary>Learning points per principle agreed in the conversations closed in one half-year.</summary>
public sealed record ThemeRow(string HalfYear, bool Shown, IReadOnlyDictionary<string, int> PerPrinciple);

public sealed record GroupFigures(string Name, bool Shown, int Audits, IReadOnlyList<PrincipleFigures> Principles, PrincipleFigures? All, IReadOnlyList<ThemeRow> Themes);

/// <summary>
/// Aggregates for pages of people who may not see the audits behind them (team lead, region, division).
/// One rule, applied to every figure: it is shown only when, in every team it covers, it rests on at least
/// the minimum group size of audits by at least two workers. A region's or the division's figure therefore
/// never stands beside (on this page or another level) a hidden team figure that could be recovered by
/// subtraction, no figure describes one worker, and the "all" row shows only when every principle row does.
/// Groups are listed in name order: the page compares, it never ranks.
/// </summary>
public static class AuditAggregates
{
    /// <summary>Gap bins (reviewer − worker): ≤ −3, −2, −1, 0, +1, +2, ≥ +3.</summary>
    public static readonly string[] GapBins = ["≤ −3", "−2", "−1", "0", "+1", "+2", "≥ +3"];

    public static bool Passes(IEnumerable<(Guid Team, Guid Worker)> contributions, int minimum) =>
        contributions.GroupBy(c => c.Team).All(team => team.Count() >= minimum && team.Select(c => c.Worker).Distinct().Count() >= 2);

    public static GroupFigures Build(string name, IReadOnlyList<ScoredAudit> audits, IReadOnlyList<ClosedConversation> conversations,
        IReadOnlyList<string> principles, int scaleMin, int scaleMax, int minimum)
    {
        var shown = audits.Count > 0 && Passes(audits.Select(a => (a.TeamId, a.WorkerId)), minimum);
        var rows = principles.Select(p => Principle(p, audits, q => q.Principle == p, shown, scaleMin, scaleMax, minimum)).ToList();
        PrincipleFigures? all = null;
        if (audits.Count > 0)
        {
            all = Principle("all", audits, _ => true, shown && rows.All(r => r.Shown), scaleMin, scaleMax, minimum);
        }
        return new GroupFigures(name, shown, shown ? audits.Count : 0, rows, all, Themes(conversations, principles, minimum));
    }

    private static PrincipleFigures Principle(string code, IReadOnlyList<ScoredAudit> audits, Func<QuestionPair, bool> which,
        bool allowed, int scaleMin, int scaleMax, int minimum)
    {
        var contributing = audits.Where(a => a.Questions.Any(q => which(q) && q.Scored)).ToList();
        var shown = allowed && contributing.Count > 0 && Passes(contributing.Select(a => (a.TeamId, a.WorkerId)), minimum);
        var width = scaleMax - scaleMin + 1;
        if (!shown)
        {
            return new PrincipleFigures(code, false, 0, null, [], [], []);
        }
        var pairs = contributing.SelectMany(a => a.Questions.Where(q => which(q) && q.Scored)).Select(q => (q.Worker!.Value, q.Reviewer!.Value)).ToList();
        var worker = new int[width];
        var reviewer = new int[width];
        var gaps = new int[GapBins.Length];
        foreach (var (w, r) in pairs)
        {
            worker[Math.Clamp(w - scaleMin, 0, width - 1)]++;
            reviewer[Math.Clamp(r - scaleMin, 0, width - 1)]++;
            gaps[Math.Clamp(r - w, -3, 3) + 3]++;
        }
        return new PrincipleFigures(code, true, contributing.Count, RaterAgreement.Compute(pairs), worker, reviewer, gaps);
    }

    private static List<ThemeRow> Themes(IReadOnlyList<ClosedConversation> conversations, IReadOnlyList<string> principles, int minimum) =>
        conversations.GroupBy(c => AuditRules.HalfYear(c.ClosedOn)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var shown = Passes(g.Select(c => (c.TeamId, c.WorkerId)), minimum);
            var counts = principles.ToDictionary(p => p, p => shown ? g.Sum(c => c.Principles.Count(x => x == p)) : 0);
            return new ThemeRow(g.Key, shown, counts);
        }).ToList();
}
